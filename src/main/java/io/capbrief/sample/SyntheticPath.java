package io.capbrief.sample;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;

/** A seeded random walk on log values, bridged through fixed anchor values on given days. */
public final class SyntheticPath {

    private final NavigableMap<LocalDate, Double> values;

    private SyntheticPath(NavigableMap<LocalDate, Double> values) {
        this.values = Collections.unmodifiableNavigableMap(values);
    }

    /**
     * Builds the path over {@code days} (ascending). The first and last day must be anchors, and every
     * anchor must be one of the days, so each anchored value is hit exactly. Between two anchors the
     * log value is a Brownian bridge with daily standard deviation {@code dailyVol}.
     *
     * @param ceiling non-anchor values above it are reflected below it (so an anchored record high
     *                stays the record); {@code Double.POSITIVE_INFINITY} for none
     */
    public static SyntheticPath bridge(List<LocalDate> days, NavigableMap<LocalDate, Double> anchors,
                                       double dailyVol, double ceiling, long seed) {
        if (!anchors.firstKey().equals(days.get(0)) || !anchors.lastKey().equals(days.get(days.size() - 1))) {
            throw new IllegalArgumentException("the first and last day must be anchors");
        }
        int[] anchorIndex = new int[anchors.size()];
        int a = 0;
        for (LocalDate anchor : anchors.keySet()) {
            int i = Collections.binarySearch(days, anchor);
            if (i < 0) {
                throw new IllegalArgumentException("anchor " + anchor + " is not a day of the path");
            }
            anchorIndex[a++] = i;
        }

        // StrictMath, not Math: the bytes written must not depend on the JVM's intrinsics.
        double[] log = new double[days.size()];
        Random random = new Random(seed);
        for (int s = 0; s + 1 < anchorIndex.length; s++) {
            int from = anchorIndex[s];
            int to = anchorIndex[s + 1];
            double start = StrictMath.log(anchors.get(days.get(from)));
            double end = StrictMath.log(anchors.get(days.get(to)));
            double[] walk = new double[to - from + 1];
            for (int k = 1; k < walk.length; k++) {
                walk[k] = walk[k - 1] + dailyVol * random.nextGaussian();
            }
            int n = to - from;
            for (int k = 0; k <= n; k++) {
                double t = (double) k / n;
                log[from + k] = start + (end - start) * t + walk[k] - walk[n] * t;
            }
        }

        double logCeiling = StrictMath.log(ceiling);
        NavigableMap<LocalDate, Double> values = new TreeMap<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            Double anchored = anchors.get(day);
            double x = log[i] > logCeiling ? 2 * logCeiling - log[i] : log[i];
            values.put(day, anchored != null ? anchored : StrictMath.exp(x));
        }
        return new SyntheticPath(values);
    }

    public NavigableMap<LocalDate, Double> values() {
        return values;
    }

    public double at(LocalDate day) {
        Double v = values.get(day);
        if (v == null) {
            throw new IllegalArgumentException("no value on " + day);
        }
        return v;
    }

    /** Convenience for anchor tables written as alternating date strings and values. */
    static NavigableMap<LocalDate, Double> anchors(Object... dateValuePairs) {
        NavigableMap<LocalDate, Double> anchors = new TreeMap<>();
        for (int i = 0; i < dateValuePairs.length; i += 2) {
            anchors.put(LocalDate.parse((String) dateValuePairs[i]), ((Number) dateValuePairs[i + 1]).doubleValue());
        }
        return anchors;
    }
}
