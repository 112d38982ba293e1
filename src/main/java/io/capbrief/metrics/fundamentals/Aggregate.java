package io.capbrief.metrics.fundamentals;

/**
 * One index aggregate with its coverage (the set's weight over all constituents' weight).
 *
 * @param value null when empty or not meaningful, with {@code reason} saying which
 * @param coverage a fraction; null only when the constituents' weights sum to 0
 */
public record Aggregate(Double value, Double coverage, String reason) {

    /** A denominator <= 0: never shown as a negative P/E or leverage. */
    public static final String NOT_MEANINGFUL = "n.m.";
    public static final String EMPTY_SET = "no constituent has the figures it needs";
}
