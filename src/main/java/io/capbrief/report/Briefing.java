package io.capbrief.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.capbrief.metrics.DataNote;
import io.capbrief.metrics.IndexPerformance;
import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.model.EventSpec;

/**
 * Everything one briefing version shows, already computed: the renderers (PDF, workbook, mail,
 * figures.json) only lay it out.
 *
 * @param figures the unrounded key figures under the stable names of BRIEFING.md; a null value
 *     means the figure could not be computed
 * @param events the configured market events that returns are measured from
 * @param findings the data-quality findings: what is wrong with the inputs and what was done
 * @param sample whether any source is the bundled synthetic sample: every page, sheet and subject then says so
 */
public record Briefing(
        LocalDate week,
        int version,
        Instant generatedAt,
        List<IndexSummary> indices,
        List<EventSpec> events,
        List<RateSummary> rates,
        List<String> sentences,
        List<Close> closes,
        List<Source> sources,
        Map<String, Double> figures,
        List<String> correction,
        List<DataNote> findings,
        Valuation valuation,
        boolean sample) {

    /** What a briefing made from the bundled sample says on every PDF page and in the workbook's Summary. */
    public static final String SAMPLE_NOTE = "Sample data: synthetic, not market figures";

    /** A briefing on real sources, as test fixtures make it. */
    public Briefing(LocalDate week, int version, Instant generatedAt, List<IndexSummary> indices, List<EventSpec> events,
            List<RateSummary> rates, List<String> sentences, List<Close> closes, List<Source> sources,
            Map<String, Double> figures, List<String> correction, List<DataNote> findings, Valuation valuation) {
        this(week, version, generatedAt, indices, events, rates, sentences, closes, sources, figures, correction, findings,
                valuation, false);
    }

    /**
     * The valuation and leverage half (METRICS.md sections 3 to 6), empty lists when no company data was loaded.
     *
     * @param aggregates one row per index, then one per Russell 2000 sector
     * @param companies one row per constituent of every index
     * @param history the weekly aggregates of this and earlier weeks, oldest first
     * @param screenThresholds the limits the screens applied (capbrief.metrics.screens.*)
     * @param leverage each index's spread over the leverage ranges, by index
     * @param lineage the facts behind every company's fundamentals, by ticker, each company once however
     *     many indices hold it
     */
    public record Valuation(
            List<AggregateRow> aggregates,
            List<CompanyRow> companies,
            List<CompanyRow> qualitySmallCaps,
            List<CompanyRow> refinancingRisk,
            List<HistoryRow> history,
            ScreenThresholds screenThresholds,
            Map<String, LeverageSpread> leverage,
            List<LineageRow> lineage) {

        /** Without lineage rows, as test fixtures make it. */
        public Valuation(List<AggregateRow> aggregates, List<CompanyRow> companies, List<CompanyRow> qualitySmallCaps,
                List<CompanyRow> refinancingRisk, List<HistoryRow> history, ScreenThresholds screenThresholds,
                Map<String, LeverageSpread> leverage) {
            this(aggregates, companies, qualitySmallCaps, refinancingRisk, history, screenThresholds, leverage, List.of());
        }

        /** With the leverage spreads of these companies, as test fixtures make it. */
        public Valuation(List<AggregateRow> aggregates, List<CompanyRow> companies, List<CompanyRow> qualitySmallCaps,
                List<CompanyRow> refinancingRisk, List<HistoryRow> history, ScreenThresholds screenThresholds) {
            this(aggregates, companies, qualitySmallCaps, refinancingRisk, history, screenThresholds,
                    LeverageBuckets.byIndex(companies));
        }

        /** Screened with the METRICS.md section 6 defaults, as test fixtures are. */
        public Valuation(List<AggregateRow> aggregates, List<CompanyRow> companies, List<CompanyRow> qualitySmallCaps,
                List<CompanyRow> refinancingRisk, List<HistoryRow> history) {
            this(aggregates, companies, qualitySmallCaps, refinancingRisk, history, ScreenThresholds.DEFAULTS);
        }

        /** The index's spread; every index has one, with empty shares when it has no companies. */
        public LeverageSpread leverage(String index) {
            return leverage.get(index);
        }

        public static Valuation empty() {
            return new Valuation(List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    /**
     * An index's or a sector's aggregates, by figures.json name ("fwd_pe", "net_debt_ebitda", ...),
     * each with its weight coverage; a null value is empty.
     *
     * @param sector null for the whole index
     * @param weight the index weight of the sector (a fraction); 1 for the whole index
     * @param reasons why each empty figure is empty
     */
    public record AggregateRow(String index, String indexLabel, String sector, Double weight,
            Map<String, Double> values, Map<String, Double> coverage, Map<String, String> reasons) {}

    /** One constituent of one index with its company metrics (METRICS.md section 4); a null figure is empty. */
    public record CompanyRow(
            String index, String ticker, String name, String sector, double weight,
            Double price, Double marketCap, Double ntmEps, Double forwardPe, Double trailingPe,
            Double revenue, Double ebit, Double ebitda, Double netIncome, Double interestExpense,
            Double totalDebt, Double cash, Double netDebt,
            Double netDebtToEbitda, Double interestCoverage, Double impliedRate, Double nearTermMaturities,
            Boolean unprofitable, Boolean zombie, Double rateShock, Double rateShockInterest, Double rateShockCoverage,
            LocalDate ttmEnd, boolean stale, String flags) {

        /** Neither Financials nor Real Estate: the set of the leverage aggregates (METRICS.md section 5). */
        public boolean nonFinancial() {
            return sector == null || !(sector.equalsIgnoreCase("Financials") || sector.equalsIgnoreCase("Real Estate"));
        }
    }

    /**
     * One fact behind a company's fundamental (METRICS.md section 3), as the Lineage sheet lists it. A
     * figure with no filed fact behind it (a vendor figure), or whose facts are on the rows of the
     * fields it combines (EBITDA, net debt), has one row with the fact's fields null.
     *
     * @param fundamental the field's label ("Net income")
     * @param value the fundamental's value, the same on each of its facts' rows
     * @param rule how its facts were combined ("A + L - P (rule 2)")
     * @param concept the fact's taxonomy and concept ("us-gaap:Revenues"); on a row without a fact, the concepts used
     * @param filingIndex the fact's filing on EDGAR, null without an accession number
     */
    public record LineageRow(
            String ticker, String cik, String fundamental, Double value, String unit, String rule, String concept,
            LocalDate start, LocalDate end, Double factValue, String form, String accn, LocalDate filed,
            String filingIndex) {}

    /**
     * How an index's non-financials spread over the interest-coverage and the net debt / EBITDA ranges of
     * {@link LeverageBuckets}.
     */
    public record LeverageSpread(String index, List<LeverageBuckets.Bucket> interestCoverage,
            List<LeverageBuckets.Bucket> netDebtToEbitda) {}

    /** One week's headline aggregates, for the valuation history. */
    public record HistoryRow(LocalDate week, Map<String, Double> figures) {}

    /**
     * Key figures of one index: its week's performance and its forward P/E; any figure may be null (shown as an en dash).
     *
     * @param code the index's figures.json name, e.g. "RUSSELL_2000"
     */
    /**
     * @param forwardPeCoverage the coverage of a forward P/E under the coverage floor (the P/E is then null); null otherwise
     */
    public record IndexSummary(String code, String label, IndexPerformance performance, Double forwardPe, Double forwardPeCoverage) {

        public IndexSummary(String code, String label, IndexPerformance performance, Double forwardPe) {
            this(code, label, performance, forwardPe, null);
        }

        /** The forward P/E, or under the coverage floor the text "n.s. 12%". */
        public Object forwardPeShown() {
            return forwardPeCoverage != null ? NotSignificant.text(forwardPeCoverage) : forwardPe;
        }
    }

    /** One rate series at the week with its changes in basis points. */
    public record RateSummary(
            String series, String label, LocalDate asOf, Double level, Double change1wBp,
            Map<String, Double> eventChangesBp, Double changeYtdBp) {}

    /** One daily index close; the list holds the last two years of each index, oldest first. */
    public record Close(String index, LocalDate date, double close) {}

    /** A source file the figures came from. */
    public record Source(String id, String file, String sha256, LocalDate asOf) {}

    public Double figure(String name) {
        return figures.get(name);
    }
}
