package io.capbrief.report;

import java.time.LocalDate;
import java.util.List;

import io.capbrief.report.Briefing.HistoryRow;

/**
 * The figures METRICS.md section 8 keeps a history of, as the PDF and the workbook show them, with the figures.json
 * names of their statistics.
 */
public final class HistoryDisplay {

    /**
     * One history figure of an index.
     *
     * @param name the figures.json name after the index, e.g. "fwd_pe"
     * @param label how a row or a column header names it
     * @param share a fraction (shown as a percentage) rather than a multiple
     */
    public record Figure(String name, String label, boolean share) {

        /** The value as METRICS.md section 7 prints it. */
        public String display(Double value) {
            return share ? DisplayFormat.percent(value) : DisplayFormat.multiple(value);
        }
    }

    /** The lowest and the highest value of a figure over the history points of a window. */
    public record Range(double min, double max) {}

    /** Every index the history holds figures for, by figures.json name. */
    public static final List<String> INDICES = List.of("RUSSELL_2000", "SP_500", "NASDAQ_COMPOSITE");

    /** The history figures of each index, in the order the PDF table and the workbook columns list them. */
    public static final List<Figure> PER_INDEX = List.of(
            new Figure("fwd_pe", "Forward P/E", false),
            new Figure("fwd_pe_ex_neg", "Forward P/E ex-negative", false),
            new Figure("fwd_pe_median", "Median forward P/E", false),
            new Figure("pct_unprofitable", "% unprofitable", true),
            new Figure("pct_unprofitable_weight", "% unprofitable by weight", true),
            new Figure("net_debt_ebitda", "Net debt / EBITDA", false),
            new Figure("interest_coverage", "Interest coverage", false),
            new Figure("pct_zombies", "% zombies", true),
            new Figure("effective_rate", "Effective interest rate", true));

    /** The relative forward P/E, Russell 2000 over S&P 500: one series for the pair, not per index. */
    public static final String RELATIVE = "RELATIVE.fwd_pe";

    public static final String AVG_5Y = "avg_5y";
    public static final String AVG_10Y = "avg_10y";
    public static final String Z_10Y = "z_10y";
    public static final String HISTORY_PCT = "history_pct";

    private HistoryDisplay() {}

    public static Figure figure(String name) {
        return PER_INDEX.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no history figure " + name));
    }

    /** The figures.json name of a statistic of a history figure: statistic("RUSSELL_2000.fwd_pe", AVG_10Y). */
    public static String statistic(String figure, String statistic) {
        return figure + "." + statistic;
    }

    /** The history points in (week - years, week], oldest first: what a chart of the past {@code years} years draws. */
    public static List<HistoryRow> lastYears(List<HistoryRow> history, LocalDate week, int years) {
        LocalDate after = week.minusYears(years);
        return history.stream().filter(row -> row.week().isAfter(after) && !row.week().isAfter(week)).toList();
    }

    /**
     * The range of a figure over the history points in (week - years, week], the week's own point included; null when
     * none of them has the figure.
     */
    public static Range range(List<HistoryRow> history, String figure, LocalDate week, int years) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (HistoryRow row : lastYears(history, week, years)) {
            Double value = row.figures().get(figure);
            if (value != null) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        return min > max ? null : new Range(min, max);
    }
}
