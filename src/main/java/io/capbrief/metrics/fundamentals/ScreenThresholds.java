package io.capbrief.metrics.fundamentals;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable limits of the screens in METRICS.md section 6; near-term maturities as a fraction of total debt.
 * The defaults below are the only ones: {@code capbrief.metrics.screens.*} overrides each on its own.
 */
public record ScreenThresholds(
        @DefaultValue("1.0") double qualityMaxNetDebtToEbitda,
        @DefaultValue("5.0") double qualityMinInterestCoverage,
        @DefaultValue("1.5") double refinancingMaxInterestCoverage,
        @DefaultValue("5.0") double refinancingMinNetDebtToEbitda,
        @DefaultValue("0.25") double refinancingMinNearTermMaturities) {

    /** The thresholds with nothing configured, made from the {@code @DefaultValue}s above. */
    public static final ScreenThresholds DEFAULTS = new Binder().bindOrCreate("screens", ScreenThresholds.class);
}
