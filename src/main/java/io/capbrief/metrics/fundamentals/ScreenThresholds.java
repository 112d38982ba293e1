package io.capbrief.metrics.fundamentals;

/**
 * The configurable limits of the screens in METRICS.md section 6; near-term maturities as a fraction of total debt.
 */
public record ScreenThresholds(
        double qualityMaxNetDebtToEbitda, double qualityMinInterestCoverage,
        double refinancingMaxInterestCoverage, double refinancingMinNetDebtToEbitda,
        double refinancingMinNearTermMaturities) {

    public static final ScreenThresholds DEFAULTS = new ScreenThresholds(1.0, 5.0, 1.5, 5.0, 0.25);
}
