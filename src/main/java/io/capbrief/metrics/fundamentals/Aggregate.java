package io.capbrief.metrics.fundamentals;

/**
 * One index aggregate with its coverage (the set's weight over all constituents' weight).
 *
 * @param value null when empty, not meaningful or not significant, with {@code reason} saying which
 * @param coverage a fraction; null only when the constituents' weights sum to 0
 * @param lowCoverage the value computed on a set under the coverage floor, which is kept but never shown as the
 *     index's figure; null otherwise
 */
public record Aggregate(Double value, Double coverage, String reason, Double lowCoverage) {

    /** A denominator <= 0: never shown as a negative P/E or leverage. */
    public static final String NOT_MEANINGFUL = "n.m.";
    public static final String EMPTY_SET = "no constituent has the figures it needs";
    /** Computed on too small a share of the index to speak for it (METRICS.md section 9); reasons start so. */
    public static final String NOT_SIGNIFICANT = "n.s.";

    public Aggregate(Double value, Double coverage, String reason) {
        this(value, coverage, reason, null);
    }

    /** This aggregate, or when its coverage is under the floor, "n.s." with the value kept apart. */
    public Aggregate floored(double floor) {
        if (value == null || coverage == null || coverage >= floor) {
            return this;
        }
        return new Aggregate(null, coverage, String.format(java.util.Locale.ROOT,
                "%s: computed on %.0f%% of the index's weight, under the %.0f%% coverage floor", NOT_SIGNIFICANT,
                100 * coverage, 100 * floor), value);
    }
}
