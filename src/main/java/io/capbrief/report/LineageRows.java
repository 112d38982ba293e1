package io.capbrief.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;

import io.capbrief.metrics.fundamentals.CompanyFundamentals;
import io.capbrief.metrics.fundamentals.Fundamental;
import io.capbrief.metrics.fundamentals.Lineage;
import io.capbrief.metrics.fundamentals.MaturitySchedule;
import io.capbrief.model.CompanyFact;
import io.capbrief.report.Briefing.LineageRow;

/**
 * The Lineage sheet's rows: each company's fundamentals with the facts behind them, one row per fact, so
 * that each fact has its own accession number and link (a TTM of rule 2 is three facts from two or three
 * filings, and a reader checking it needs each).
 */
public final class LineageRows {

    /** How the maturity schedule of METRICS.md section 4 is named beside the fundamentals. */
    public static final String MATURITY_SCHEDULE = "Maturity schedule";

    /**
     * The fields that combine other fields, whose facts are already on those fields' rows: EBITDA
     * (EBIT and D&A) and net debt (total debt and cash). Each gets one row with its rule, not the facts again.
     */
    private static final Set<Fundamental> COMBINED = EnumSet.of(Fundamental.EBITDA, Fundamental.NET_DEBT);

    private LineageRows() {}

    /** @param byTicker each company's fundamentals, in the order of the rows */
    public static List<LineageRow> of(SortedMap<String, CompanyFundamentals> byTicker) {
        List<LineageRow> rows = new ArrayList<>();
        byTicker.forEach((ticker, fundamentals) -> {
            String cik = cik(fundamentals);
            Map<Fundamental, Double> values = fundamentals.values();
            for (Fundamental field : Fundamental.values()) {
                Lineage lineage = fundamentals.lineage(field);
                if (lineage != null) {
                    String unit = field == Fundamental.SHARES_OUTSTANDING ? "shares" : "USD";
                    add(rows, ticker, cik, field.label(), values.get(field), unit, lineage, COMBINED.contains(field));
                }
            }
            MaturitySchedule schedule = fundamentals.maturitySchedule();
            if (schedule != null) {
                add(rows, ticker, cik, MATURITY_SCHEDULE, schedule.total(), "USD", schedule.lineage(), false);
            }
        });
        return rows;
    }

    private static void add(List<LineageRow> rows, String ticker, String cik, String fundamental, Double value,
            String unit, Lineage lineage, boolean combined) {
        if (combined || lineage.facts().isEmpty()) {
            rows.add(new LineageRow(ticker, cik, fundamental, value, unit, lineage.rule(), lineage.concept(), null, null,
                    null, null, null, null, null));
            return;
        }
        for (CompanyFact fact : lineage.facts()) {
            rows.add(new LineageRow(ticker, cik, fundamental, value, fact.unit(), lineage.rule(),
                    fact.taxonomy() + ":" + fact.concept(), fact.start(), fact.end(), fact.value(), fact.form(), fact.accn(),
                    fact.filed(), fact.filingIndex()));
        }
    }

    /** The registrant of the company's facts; none for a company known only from a vendor file. */
    private static String cik(CompanyFundamentals fundamentals) {
        return fundamentals.lineage().values().stream()
                .flatMap(l -> l.facts().stream())
                .map(CompanyFact::cik)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
