package io.capbrief.extract;

/**
 * The values that parse but cannot be true (METRICS.md section 9): each rule says why a value is
 * refused, or null when it may be true.
 */
final class ValueRules {

    static final double LOWEST_RATE = -5;
    static final double HIGHEST_RATE = 100;

    private ValueRules() {}

    /** An index or company close: nothing trades at zero or below. */
    static String close(double value) {
        return value > 0 ? null : "at or below 0 (a close must be above 0)";
    }

    /** A rate in percent: a value outside the range is a mislabelled series or a misplaced decimal point. */
    static String rate(double value) {
        return value >= LOWEST_RATE && value <= HIGHEST_RATE ? null : "outside [-5, 100] percent (not a plausible rate)";
    }
}
