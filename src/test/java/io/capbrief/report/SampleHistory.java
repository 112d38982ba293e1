package io.capbrief.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.report.Briefing.HistoryRow;

/**
 * Test fixture: the ten-year history of METRICS.md section 8 for {@link SampleBriefings#WEEK}, 119 month-ends (the
 * last Friday of December 2014 to October 2024) and the week itself, with its statistics as figures.json holds them.
 *
 * <p>Each month-end k (0 for December 2014) follows slow waves, rounded as a metric would print: the S&P 500's
 * forward P/E is 17.5 + 0.02 k + 2.5 sin(2 pi k / 60) to one decimal and the Russell 2000's 1.17 times that plus
 * 0.6 cos(2 pi k / 48), so both stay below the week's 27.9 and 22.7 (the 100th percentiles of
 * {@link SampleBriefings}) and the relative below 1.229. Literals the tests use: 26 Dec 2014 (k 0) Russell 2000
 * 21.1 (20.475 + 0.6 = 21.075), S&P 500 17.5; 25 Mar 2016 (k 15) 23.5 and 20.3; the Russell 2000's effective rate
 * is 6.0% at k 0, its low 4.9% at k 59 (29 Nov 2019), 6.8% at k 118 and 7.12% in the week, the S&P 500's 4.2% at
 * k 0, 3.4% at k 60 and 4.31% in the week.
 */
public final class SampleHistory {

    /** The first history point, the last Friday of December 2014. */
    public static final LocalDate FIRST = LocalDate.of(2014, 12, 26);
    public static final int MONTH_ENDS = 119;

    private SampleHistory() {}

    /** The history points oldest first: 119 month-ends, then the week with its own figures. */
    public static List<HistoryRow> tenYears() {
        List<HistoryRow> rows = new ArrayList<>();
        for (int k = 0; k < MONTH_ENDS; k++) {
            LocalDate monthEnd = YearMonth.of(2014, 12).plusMonths(k).atEndOfMonth()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
            rows.add(new HistoryRow(monthEnd, monthEnd(k)));
        }
        rows.add(new HistoryRow(SampleBriefings.WEEK, week()));
        return rows;
    }

    private static Map<String, Double> monthEnd(int k) {
        double wave = Math.sin(2 * Math.PI * k / 60);
        double cycle = Math.cos(2 * Math.PI * k / 48);
        Map<String, Double> f = new LinkedHashMap<>();
        double sp = round(17.5 + 0.02 * k + 2.5 * wave, 1);
        double russell = round(1.17 * sp + 0.6 * cycle, 1);
        f.put("RUSSELL_2000.fwd_pe", russell);
        // ex-negative only from the second year: the first year's points lack it
        f.put("RUSSELL_2000.fwd_pe_ex_neg", k < 12 ? null : round(14.5 + 1.5 * wave, 1));
        f.put("RUSSELL_2000.fwd_pe_median", round(16.5 + 1.2 * wave, 1));
        f.put("RUSSELL_2000.pct_unprofitable", round(0.394 + 0.03 * cycle, 3));
        f.put("RUSSELL_2000.pct_unprofitable_weight", round(0.37 + 0.03 * cycle, 3));
        f.put("RUSSELL_2000.net_debt_ebitda", round(2.7 + 0.3 * cycle, 2));
        f.put("RUSSELL_2000.interest_coverage", round(2.9 - 0.4 * cycle, 2));
        f.put("RUSSELL_2000.pct_zombies", round(0.15 + 0.02 * cycle, 3));
        // down from 6.0% to the low of 4.9% in November 2019 (k 59), then up to 6.8% in October 2024
        f.put("RUSSELL_2000.effective_rate", k <= 59 ? round(0.060 - 0.011 * Math.sin(Math.PI * k / 118), 4)
                : round(0.049 + 0.019 * Math.pow((k - 59) / 59.0, 2), 4));
        f.put("SP_500.fwd_pe", sp);
        f.put("SP_500.fwd_pe_ex_neg", round(18.3 + 2.5 * wave, 1));
        // one month-end without the S&P 500's median: an empty cell, a gap the chart bridges
        f.put("SP_500.fwd_pe_median", k == 7 ? null : round(19.0 + 1.5 * wave, 1));
        f.put("SP_500.pct_unprofitable", round(0.07 + 0.01 * cycle, 3));
        f.put("SP_500.pct_unprofitable_weight", round(0.04 + 0.008 * cycle, 3));
        f.put("SP_500.net_debt_ebitda", round(1.55 + 0.15 * cycle, 2));
        f.put("SP_500.interest_coverage", round(9.0 + 1.0 * wave, 2));
        f.put("SP_500.pct_zombies", round(0.045 + 0.005 * cycle, 3));
        f.put("SP_500.effective_rate", round(0.038 + 0.004 * Math.cos(2 * Math.PI * k / 120), 4));
        // one row without the relative at all (not even a null): a row may lack a name
        if (k != 30) {
            f.put("RELATIVE.fwd_pe", russell / sp);
        }
        // the Nasdaq Composite has no holdings in the sample: its names are absent from every row
        return f;
    }

    /** The week's own point: the aggregates of {@link SampleBriefings}'s valuation half. */
    private static Map<String, Double> week() {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("RUSSELL_2000.fwd_pe", 27.9);
        f.put("RUSSELL_2000.fwd_pe_ex_neg", 15.848);
        f.put("RUSSELL_2000.fwd_pe_median", 18.197);
        f.put("RUSSELL_2000.pct_unprofitable", 0.394);
        f.put("RUSSELL_2000.pct_unprofitable_weight", 0.3956);
        f.put("RUSSELL_2000.net_debt_ebitda", 2.9994);
        f.put("RUSSELL_2000.interest_coverage", 2.5);
        f.put("RUSSELL_2000.pct_zombies", 0.1717);
        f.put("RUSSELL_2000.effective_rate", 0.0712);
        f.put("SP_500.fwd_pe", 22.7);
        f.put("SP_500.fwd_pe_ex_neg", 22.69);
        f.put("SP_500.fwd_pe_median", 23.73);
        f.put("SP_500.pct_unprofitable", 0.068);
        f.put("SP_500.pct_unprofitable_weight", 0.0398);
        f.put("SP_500.net_debt_ebitda", 1.5139);
        f.put("SP_500.interest_coverage", 10.0);
        f.put("SP_500.pct_zombies", 0.0433);
        f.put("SP_500.effective_rate", 0.0431);
        f.put("RELATIVE.fwd_pe", 27.9 / 22.7);
        return f;
    }

    /**
     * The statistics of every history figure ({@code <figure>.avg_5y}, {@code .avg_10y}, {@code .z_10y},
     * {@code .history_pct}) as METRICS.md section 8 gives them over {@link #tenYears()}, rounded to four decimals
     * (computed once by hand, with a script, from the rows above); the Nasdaq Composite's are all empty.
     */
    public static Map<String, Double> statistics() {
        Map<String, Double> f = new LinkedHashMap<>();
        statistics(f, "RUSSELL_2000.fwd_pe", 22.4883, 21.8723, 3.5985, 100.0);
        statistics(f, "RUSSELL_2000.fwd_pe_ex_neg", 14.5, 14.4168, 1.3203, 84.1121);
        statistics(f, "RUSSELL_2000.fwd_pe_median", 16.5, 16.5008, 1.9926, 100.0);
        statistics(f, "RUSSELL_2000.pct_unprofitable", 0.391, 0.3945, -0.0238, 49.1597);
        statistics(f, "RUSSELL_2000.pct_unprofitable_weight", 0.367, 0.3705, 1.1864, 80.6723);
        statistics(f, "RUSSELL_2000.net_debt_ebitda", 2.67, 2.705, 1.3915, 93.2773);
        statistics(f, "RUSSELL_2000.interest_coverage", 2.94, 2.8933, -1.3931, 3.3613);
        statistics(f, "RUSSELL_2000.pct_zombies", 0.148, 0.1503, 1.5279, 100.0);
        statistics(f, "RUSSELL_2000.effective_rate", 0.0554, 0.0542, 3.4672, 100.0);
        statistics(f, "SP_500.fwd_pe", 19.2717, 18.6849, 2.4634, 100.0);
        statistics(f, "SP_500.fwd_pe_ex_neg", 18.3, 18.3042, 2.4593, 100.0);
        statistics(f, "SP_500.fwd_pe_median", 19.0033, 18.9966, 4.426, 100.0);
        statistics(f, "SP_500.pct_unprofitable", 0.069, 0.0702, -0.3049, 42.8571);
        statistics(f, "SP_500.pct_unprofitable_weight", 0.0392, 0.0401, -0.0593, 47.0588);
        statistics(f, "SP_500.net_debt_ebitda", 1.5353, 1.5529, -0.3688, 42.8571);
        statistics(f, "SP_500.interest_coverage", 9.0, 9.0008, 1.4075, 99.1597);
        statistics(f, "SP_500.pct_zombies", 0.0445, 0.0451, -0.496, 38.6555);
        statistics(f, "SP_500.effective_rate", 0.0378, 0.038, 1.818, 100.0);
        statistics(f, "RELATIVE.fwd_pe", 1.1679, 1.172, 2.4859, 100.0);
        for (HistoryDisplay.Figure figure : HistoryDisplay.PER_INDEX) {
            statistics(f, "NASDAQ_COMPOSITE." + figure.name(), null, null, null, null);
        }
        return f;
    }

    private static void statistics(Map<String, Double> f, String figure, Double avg5y, Double avg10y, Double z10y,
            Double percentile) {
        f.put(figure + ".avg_5y", avg5y);
        f.put(figure + ".avg_10y", avg10y);
        f.put(figure + ".z_10y", z10y);
        f.put(figure + ".history_pct", percentile);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
