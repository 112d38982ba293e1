package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import io.capbrief.metrics.fundamentals.HistoryPercentile;

/**
 * A week's figures set against their history points (METRICS.md section 8): the 5- and 10-year
 * averages under the 80% rule, the 10-year z-score and the percentile over every earlier point.
 */
public final class HistoryStatistics {

    /** A window's average needs the figure in at least this share of its months. */
    static final double MIN_MONTHS_SHARE = 0.8;

    private HistoryStatistics() {}

    /**
     * @param current the week's figures by name (a missing name is empty)
     * @param points the figures at each history point before the week, oldest first
     * @return {@code <name>.avg_5y}, {@code .avg_10y}, {@code .z_10y} and {@code .history_pct} of every name, null when empty
     */
    public static Map<String, Double> of(LocalDate week, List<String> names, Map<String, Double> current,
            NavigableMap<LocalDate, Map<String, Double>> points) {
        Map<String, Double> statistics = new LinkedHashMap<>();
        for (String name : names) {
            Double now = current.get(name);
            List<Double> tenYears = defined(points.subMap(week.minusYears(10), false, week, false), name);
            Double avg10 = average(tenYears, 10);
            statistics.put(name + ".avg_5y", average(defined(points.subMap(week.minusYears(5), false, week, false), name), 5));
            statistics.put(name + ".avg_10y", avg10);
            statistics.put(name + ".z_10y", now == null || avg10 == null ? null : zScore(now, avg10, tenYears));
            statistics.put(name + ".history_pct", now == null ? null
                    : HistoryPercentile.of(now, defined(points.headMap(week, false), name)));
        }
        return statistics;
    }

    private static List<Double> defined(Map<LocalDate, Map<String, Double>> points, String name) {
        List<Double> values = new ArrayList<>();
        points.values().forEach(figures -> {
            Double value = figures.get(name);
            if (value != null) {
                values.add(value);
            }
        });
        return values;
    }

    /** The mean, or null when fewer than 80% of the window's months (one point each) have the figure. */
    private static Double average(List<Double> values, int years) {
        if (values.isEmpty() || values.size() < MIN_MONTHS_SHARE * years * 12) {
            return null;
        }
        return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }

    /** Against the population standard deviation; null when the history is flat. */
    private static Double zScore(double now, double mean, List<Double> values) {
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / values.size());
        return sd == 0 ? null : (now - mean) / sd;
    }
}
