package io.capbrief.metrics.fundamentals;

import java.util.List;

/** Where a figure stands among its earlier weeks: 100 * (count below + 0.5 * count equal) / count. */
public final class HistoryPercentile {

    private HistoryPercentile() {}

    /**
     * @param earlier the figure in earlier weeks; empty (null) weeks are not counted
     * @return null when no earlier week has the figure
     */
    public static Double of(double current, List<Double> earlier) {
        int count = 0;
        double below = 0;
        for (Double value : earlier) {
            if (value != null) {
                count++;
                below += value < current ? 1 : value == current ? 0.5 : 0;
            }
        }
        return count == 0 ? null : 100 * below / count;
    }
}
