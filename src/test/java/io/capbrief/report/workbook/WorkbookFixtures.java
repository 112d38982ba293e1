package io.capbrief.report.workbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.metrics.DataNote;
import io.capbrief.metrics.IndexPerformance;
import io.capbrief.model.EventSpec;
import io.capbrief.report.Briefing.AggregateRow;
import io.capbrief.report.Briefing.Close;
import io.capbrief.report.Briefing.CompanyRow;
import io.capbrief.report.Briefing.HistoryRow;
import io.capbrief.report.Briefing.IndexSummary;
import io.capbrief.report.Briefing.RateSummary;
import io.capbrief.report.Briefing.Source;
import io.capbrief.report.Briefing;

/** A small hand-made briefing for week 2024-11-22 to write workbooks from in tests. */
final class WorkbookFixtures {

    static final LocalDate WEEK = LocalDate.of(2024, 11, 22);
    static final Instant GENERATED_AT = Instant.parse("2024-11-22T23:00:05Z");

    private WorkbookFixtures() {}

    /**
     * Three indices, one event, two rates, five trading days of closes with 2024-11-20 missing for the
     * S&P 500, and one null figure: the Nasdaq Composite's forward P/E.
     */
    static Briefing briefing() {
        List<IndexSummary> indices = List.of(
                new IndexSummary("RUSSELL_2000", "Russell 2000", new IndexPerformance(WEEK, 2406.67, 0.0452, 0.0780, 0.0443, 0.1873,
                        Map.of("us-election", 0.0645), -0.0148, LocalDate.of(2021, 11, 8), 2434.73, 1869.44), 26.2),
                new IndexSummary("SP_500", "S&P 500", new IndexPerformance(WEEK, 5969.34, 0.0168, 0.0395, 0.0407, 0.2515,
                        Map.of("us-election", 0.0391), -0.0053, LocalDate.of(2024, 11, 11), 6001.35, 4513.65), 22.7),
                new IndexSummary("NASDAQ_COMPOSITE", "Nasdaq Composite", new IndexPerformance(WEEK, 19003.65, 0.0173, 0.0502, 0.0444,
                        0.2660, Map.of("us-election", 0.0460), -0.0109, LocalDate.of(2024, 11, 11), 19298.76,
                        14477.57), null));
        List<RateSummary> rates = List.of(
                new RateSummary("DGS10", "10-year Treasury yield", LocalDate.of(2024, 11, 21), 4.43, -2.0,
                        Map.of("us-election", 16.0), 55.0),
                new RateSummary("DFF", "Effective fed funds rate", LocalDate.of(2024, 11, 21), 4.58, 0.0,
                        Map.of("us-election", -25.0), -75.0));
        List<Source> sources = List.of(
                new Source("rut", "RUT.csv", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", WEEK),
                new Source("dgs10", "DGS10.csv", "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
                        LocalDate.of(2024, 11, 21)));
        return new Briefing(WEEK, 1, GENERATED_AT, indices, List.of(new EventSpec("us-election", LocalDate.of(2024, 11, 5),
                "US election")), rates, List.of("The Russell 2000 rose 6.4% since the US election on 5 Nov."),
                closes(), sources, figures(), List.of(), List.of(
                        new DataNote("CIK0000000042.json", null, "line 1, val 'n/a': val is not a number",
                                "quarantined: row not loaded"),
                        new DataNote("estimates.csv", "EXMP", "no estimate dated on or before the week",
                                "forward P/E empty")), valuation());
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

    /** The figures.json values of the Summary's key figures: the same literals as the index summaries above. */
    private static Map<String, Double> figures() {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("RUSSELL_2000.close", 2406.67);
        figures.put("RUSSELL_2000.return.1w", 0.0452);
        figures.put("RUSSELL_2000.return.ytd", 0.1873);
        figures.put("RUSSELL_2000.return.event.us-election", 0.0645);
        figures.put("RUSSELL_2000.off_high", -0.0148);
        figures.put("RUSSELL_2000.fwd_pe", 26.2);
        figures.put("SP_500.close", 5969.34);
        figures.put("SP_500.return.event.us-election", 0.0391);
        figures.put("SP_500.fwd_pe", 22.7);
        figures.put("NASDAQ_COMPOSITE.close", 19003.65);
        figures.put("NASDAQ_COMPOSITE.fwd_pe", null);
        figures.put("RATES.DGS10", 4.43);
        figures.put("RATES.DGS10.change_bp.1w", -2.0);
        return figures;
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
        // maturities (15 + 5) / 200 = 10%; rate shock (4.43 + 3.0) / 100 - 0.05 = 2.43%;
        // rate-shock interest 10 + 0.0243 * 20 = 10.486m; rate-shock coverage 120 / 10.486 = 11.4438x
        CompanyRow acme = new CompanyRow("RUSSELL_2000", "ACME", "Acme Tools Inc", "Industrials", 0.6, 50.0, 1.0e9, 2.5,
                20.0, 12.5, 900.0e6, 120.0e6, 150.0e6, 80.0e6, 10.0e6, 200.0e6, 50.0e6, 150.0e6, 1.0, 12.0, 0.05, 0.1,
                false, false, 0.0243, 10.486e6, 11.4438, LocalDate.of(2024, 9, 30), false, "");
        // BRKN: net debt 500 - 20 = 480m, / EBITDA 40m = 12.0x; coverage 20 / 25 = 0.8x; implied rate 25 / 500 = 5%;
        // maturities 200 / 500 = 40%; rate-shock interest 25 + 0.0243 * 200 = 29.86m, coverage 20 / 29.86 = 0.6698x
        CompanyRow brkn = new CompanyRow("RUSSELL_2000", "BRKN", "Broken Holdings Corp", "Energy", 0.4, 8.0, 400.0e6, -0.5,
                null, null, 300.0e6, 20.0e6, 40.0e6, -15.0e6, 25.0e6, 500.0e6, 20.0e6, 480.0e6, 12.0, 0.8, 0.05, 0.4,
                true, true, 0.0243, 29.86e6, 0.6698, LocalDate.of(2024, 9, 30), false, "negative forward earnings");
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
        // (20 + 200) / (200 + 500) = 31.43%; (120 + 20) / (10.486 + 29.86) = 3.4700x
        russell.put("refi_wall", 0.3143);
        russell.put("rate_shock_coverage", 3.47);
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
        Map<String, Double> lastWeek = new LinkedHashMap<>();
        lastWeek.put("RUSSELL_2000.fwd_pe", 25.1);
        lastWeek.put("SP_500.fwd_pe", 22.0);
        lastWeek.put("RELATIVE.fwd_pe", 25.1 / 22.0);
        lastWeek.put("RUSSELL_2000.pct_unprofitable", 0.41);
        lastWeek.put("SP_500.fwd_pe_median", null);
        Map<String, Double> thisWeek = new LinkedHashMap<>();
        thisWeek.put("RUSSELL_2000.fwd_pe", 26.2);
        thisWeek.put("SP_500.fwd_pe", 22.7);
        thisWeek.put("RELATIVE.fwd_pe", 26.2 / 22.7);
        thisWeek.put("RUSSELL_2000.fwd_pe_ex_neg", 19.4);
        thisWeek.put("SP_500.fwd_pe_ex_neg", 22.1);
        thisWeek.put("RUSSELL_2000.fwd_pe_median", 17.8);
        thisWeek.put("SP_500.fwd_pe_median", 21.3);
        thisWeek.put("RUSSELL_2000.pct_unprofitable", 0.42);
        thisWeek.put("SP_500.pct_unprofitable", 0.05);
        List<HistoryRow> history = List.of(
                new HistoryRow(LocalDate.of(2024, 11, 8), Map.of("RUSSELL_2000.fwd_pe", 24.8, "SP_500.fwd_pe", 21.9)),
                new HistoryRow(LocalDate.of(2024, 11, 15), lastWeek),
                new HistoryRow(WEEK, thisWeek));
        return new Briefing.Valuation(aggregates, List.of(acme, brkn, bigc), List.of(acme), List.of(brkn), history);
    }

    /** 2024-11-18 to 2024-11-22; the S&P 500 has no close on 2024-11-20. */
    private static List<Close> closes() {
        List<Close> closes = new ArrayList<>();
        double[] russell = {2300.00, 2323.00, 2326.45, 2370.06, 2406.67};
        double[] sp = {5893.62, 5916.98, Double.NaN, 5948.71, 5969.34};
        double[] nasdaq = {18791.81, 18987.47, 18966.14, 18972.42, 19003.65};
        for (int day = 0; day < 5; day++) {
            LocalDate date = LocalDate.of(2024, 11, 18 + day);
            closes.add(new Close("RUSSELL_2000", date, russell[day]));
            if (!Double.isNaN(sp[day])) {
                closes.add(new Close("SP_500", date, sp[day]));
            }
            closes.add(new Close("NASDAQ_COMPOSITE", date, nasdaq[day]));
        }
        return closes;
    }

    /** The same week with nothing in its lists, to check that empty tables still make a valid workbook. */
    static Briefing empty() {
        return new Briefing(WEEK, 2, GENERATED_AT, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(), List.of("RUSSELL_2000.close: 2400.00 -> 2406.67"), List.of(), Briefing.Valuation.empty());
    }
}
