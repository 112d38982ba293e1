package io.capbrief.report.workbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.metrics.DataNote;
import io.capbrief.report.Briefing.AggregateRow;
import io.capbrief.report.Briefing.Close;
import io.capbrief.report.Briefing.CompanyRow;
import io.capbrief.report.Briefing.HistoryRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.SampleBriefings;
import io.capbrief.report.SampleHistory;

/**
 * The week of {@link SampleBriefings}, the one source of its figures, as the workbook tests write it: with a valuation
 * half of three hand-computed companies, the ten-year history of {@link SampleHistory} and only the week's own closes.
 */
final class WorkbookFixtures {

    static final LocalDate WEEK = SampleBriefings.WEEK;
    static final Instant GENERATED_AT = SampleBriefings.week20241122().generatedAt();

    private WorkbookFixtures() {}

    /**
     * The sample week with {@link #valuation()} and the closes of 2024-11-18 to 2024-11-22 only, the S&P 500's of
     * 2024-11-20 left out, so a sheet has a gap to leave blank. The Nasdaq Composite's forward P/E is the null figure.
     */
    static Briefing briefing() {
        Briefing b = SampleBriefings.week20241122();
        return new Briefing(b.week(), b.version(), b.generatedAt(), b.indices(), b.events(), b.rates(), b.sentences(),
                weekWithAGap(b.closes()), b.sources(), b.figures(), b.correction(), b.findings(), valuation());
    }

    /** {@link #briefing()} with other findings. */
    static Briefing briefing(List<DataNote> findings) {
        Briefing b = briefing();
        return new Briefing(b.week(), b.version(), b.generatedAt(), b.indices(), b.events(), b.rates(), b.sentences(),
                b.closes(), b.sources(), b.figures(), b.correction(), findings, b.valuation());
    }

    /** {@link #briefing()} with another valuation. */
    static Briefing briefing(Briefing.Valuation valuation) {
        Briefing b = briefing();
        return new Briefing(b.week(), b.version(), b.generatedAt(), b.indices(), b.events(), b.rates(), b.sentences(),
                b.closes(), b.sources(), b.figures(), b.correction(), b.findings(), valuation);
    }

    private static List<Close> weekWithAGap(List<Close> closes) {
        return closes.stream()
                .filter(c -> !c.date().isBefore(LocalDate.of(2024, 11, 18)))
                .filter(c -> !(c.index().equals("SP_500") && c.date().equals(LocalDate.of(2024, 11, 20))))
                .toList();
    }

    /**
     * Three companies with literal figures: ACME (quality: profitable, 1.0x levered, 12x covered),
     * BRKN (refinancing risk: 12x levered, 0.8x covered, 40% of its debt due within two years, loss-making,
     * negative forward earnings) in the Russell 2000, and BIGC in the S&P 500, stale, without debt or
     * interest figures, so many of its cells are empty.
     */
    static Briefing.Valuation valuation() {
        // ACME: market cap 50.00 * 20m shares = 1,000m; fwd P/E 50 / 2.5 = 20.0; trailing 1,000 / 80 = 12.5;
        // net debt 200 - 50 = 150m, / EBITDA 150m = 1.0x; coverage 120 / 10 = 12.0x; implied rate 10 / 200 = 5%;
        // maturities (15 + 5) / 200 = 10%; rate shock (4.41 + 3.0) / 100 - 0.05 = 2.41%;
        // rate-shock interest 10 + 0.0241 * 20 = 10.482m; rate-shock coverage 120 / 10.482 = 11.4482x
        CompanyRow acme = new CompanyRow("RUSSELL_2000", "ACME", "Acme Tools Inc", "Industrials", 0.6, 50.0, 1.0e9, 2.5,
                20.0, 12.5, 900.0e6, 120.0e6, 150.0e6, 80.0e6, 10.0e6, 200.0e6, 50.0e6, 150.0e6, 1.0, 12.0, 0.05, 0.1,
                false, false, 0.0241, 10.482e6, 11.4482, LocalDate.of(2024, 9, 30), false, "");
        // BRKN: net debt 500 - 20 = 480m, / EBITDA 40m = 12.0x; coverage 20 / 25 = 0.8x; implied rate 25 / 500 = 5%;
        // maturities 200 / 500 = 40%; rate-shock interest 25 + 0.0241 * 200 = 29.82m, coverage 20 / 29.82 = 0.6707x
        CompanyRow brkn = new CompanyRow("RUSSELL_2000", "BRKN", "Broken Holdings Corp", "Energy", 0.4, 8.0, 400.0e6, -0.5,
                null, null, 300.0e6, 20.0e6, 40.0e6, -15.0e6, 25.0e6, 500.0e6, 20.0e6, 480.0e6, 12.0, 0.8, 0.05, 0.4,
                true, true, 0.0241, 29.82e6, 0.6707, LocalDate.of(2024, 9, 30), false, "negative forward earnings");
        CompanyRow bigc = new CompanyRow("SP_500", "BIGC", "Big Corp", "Information Technology", 1.0, 200.0, 100.0e9, 8.0,
                25.0, 25.0, 30.0e9, 6.0e9, 7.0e9, 4.0e9, null, null, 5.0e9, null, null, null, null, null,
                false, null, null, null, null, LocalDate.of(2024, 3, 31), true, "");
        Map<String, Double> russell = new LinkedHashMap<>();
        // fwd P/E 1 / (0.6 * 2.5 / 50 + 0.4 * -0.5 / 8) = 1 / (0.03 - 0.025) = 200.0; ex-negative 1 / (2.5 / 50) = 20.0
        russell.put("fwd_pe", 200.0);
        russell.put("fwd_pe_ex_neg", 20.0);
        russell.put("fwd_pe_median", 20.0);
        russell.put("pct_unprofitable", 0.5);
        russell.put("pct_unprofitable_weight", 0.4);
        // (150 + 480) / (150 + 40) = 3.3158x; median of 1.0 and 12.0 = 6.5x; (120 + 20) / (10 + 25) = 4.0x
        russell.put("net_debt_ebitda", 3.3158);
        russell.put("net_debt_ebitda_median", 6.5);
        russell.put("interest_coverage", 4.0);
        russell.put("pct_weak_coverage", 0.5);
        russell.put("pct_zombies", 0.5);
        // (20 + 200) / (200 + 500) = 31.43%; (120 + 20) / (10.482 + 29.82) = 3.4738x
        russell.put("refi_wall", 0.3143);
        russell.put("rate_shock_coverage", 3.4738);
        Map<String, Double> russellCoverage = new LinkedHashMap<>();
        russell.keySet().forEach(name -> russellCoverage.put(name, 1.0));
        russellCoverage.put("fwd_pe_ex_neg", 0.6);
        russellCoverage.put("fwd_pe_median", 0.6);
        Map<String, Double> sp = new LinkedHashMap<>();
        sp.put("fwd_pe", 25.0);
        sp.put("net_debt_ebitda", null);
        sp.put("interest_coverage", null);
        Map<String, Double> spCoverage = new LinkedHashMap<>();
        spCoverage.put("fwd_pe", 1.0);
        spCoverage.put("net_debt_ebitda", 0.0);
        spCoverage.put("interest_coverage", 0.0);
        List<AggregateRow> aggregates = List.of(
                new AggregateRow("RUSSELL_2000", "Russell 2000", null, 1.0, russell, russellCoverage, Map.of()),
                new AggregateRow("SP_500", "S&P 500", null, 1.0, sp, spCoverage,
                        Map.of("interest_coverage", "no constituent with interest expense")),
                new AggregateRow("RUSSELL_2000", "Russell 2000", "Energy", 0.4,
                        Map.of("fwd_pe", -16.0, "net_debt_ebitda", 12.0), Map.of("fwd_pe", 1.0), Map.of()),
                new AggregateRow("RUSSELL_2000", "Russell 2000", "Industrials", 0.6,
                        Map.of("fwd_pe", 20.0, "net_debt_ebitda", 1.0), Map.of("fwd_pe", 1.0), Map.of()));
        // the ten-year history: 119 month-ends from 26 Dec 2014, then the week (SampleHistory has the literals)
        List<HistoryRow> history = SampleHistory.tenYears();
        return new Briefing.Valuation(aggregates, List.of(acme, brkn, bigc), List.of(acme), List.of(brkn), history);
    }

    /** The same week with nothing in its lists, to check that empty tables still make a valid workbook. */
    static Briefing empty() {
        return new Briefing(WEEK, 2, GENERATED_AT, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(), List.of("RUSSELL_2000.close: 2400.00 -> 2406.67"), List.of(), Briefing.Valuation.empty());
    }
}
