package io.capbrief.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.capbrief.report.Briefing.Close;
import io.capbrief.report.Briefing.Event;
import io.capbrief.report.Briefing.IndexSummary;
import io.capbrief.report.Briefing.RateSummary;
import io.capbrief.report.Briefing.Source;

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
                new IndexSummary("RUSSELL_2000", "Russell 2000", WEEK, 2406.67, 0.0452, 0.0780, 0.0443, 0.1873,
                        Map.of("us-election", 0.0645), -0.0148, LocalDate.of(2021, 11, 8), 2434.73, 1869.44, 26.2),
                new IndexSummary("SP_500", "S&P 500", WEEK, 5969.34, 0.0168, 0.0395, 0.0407, 0.2515,
                        Map.of("us-election", 0.0391), -0.0053, LocalDate.of(2024, 11, 11), 6001.35, 4513.65, 22.7),
                new IndexSummary("NASDAQ_COMPOSITE", "Nasdaq Composite", WEEK, 19003.65, 0.0173, 0.0502, 0.0444,
                        0.2660, Map.of("us-election", 0.0460), -0.0109, LocalDate.of(2024, 11, 11), 19298.76,
                        14477.57, null));
        List<RateSummary> rates = List.of(
                new RateSummary("DGS10", "10-year Treasury yield", LocalDate.of(2024, 11, 21), 4.43, -2.0,
                        Map.of("us-election", 16.0), 55.0),
                new RateSummary("DFF", "Effective fed funds rate", LocalDate.of(2024, 11, 21), 4.58, 0.0,
                        Map.of("us-election", -25.0), -75.0));
        List<Source> sources = List.of(
                new Source("rut", "RUT.csv", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", WEEK),
                new Source("dgs10", "DGS10.csv", "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
                        LocalDate.of(2024, 11, 21)));
        return new Briefing(WEEK, 1, GENERATED_AT, indices, List.of(new Event("us-election", LocalDate.of(2024, 11, 5),
                "US election")), rates, List.of("The Russell 2000 rose 6.4% since the US election on 5 Nov."),
                closes(), sources, Map.of("RUSSELL_2000.close", 2406.67), List.of(), List.of(
                        new Briefing.Finding("CIK0000000042.json", null, "line 1, val 'n/a': val is not a number",
                                "quarantined: row not loaded"),
                        new Briefing.Finding("estimates.csv", "EXMP", "no estimate dated on or before the week",
                                "forward P/E empty")), Briefing.Valuation.empty());
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
