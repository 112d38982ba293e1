package io.capbrief.metrics;

import io.capbrief.metrics.fundamentals.ScreenThresholds;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The methodology's configurable numbers (METRICS.md sections 4 and 6).
 *
 * @param creditSpread added to the 10-year yield for the rate shock, in percentage points
 */
@ConfigurationProperties("capbrief.metrics")
public record MetricsSettings(@DefaultValue("3.0") double creditSpread, Screens screens) {

    /** Screen thresholds; near-term maturities as a fraction of total debt. */
    public record Screens(
            @DefaultValue("1.0") double qualityMaxNetDebtToEbitda,
            @DefaultValue("5.0") double qualityMinInterestCoverage,
            @DefaultValue("1.5") double refinancingMaxInterestCoverage,
            @DefaultValue("5.0") double refinancingMinNetDebtToEbitda,
            @DefaultValue("0.25") double refinancingMinNearTermMaturities) {

        public ScreenThresholds thresholds() {
            return new ScreenThresholds(qualityMaxNetDebtToEbitda, qualityMinInterestCoverage,
                    refinancingMaxInterestCoverage, refinancingMinNetDebtToEbitda, refinancingMinNearTermMaturities);
        }
    }

    public MetricsSettings {
        if (screens == null) {
            screens = new Screens(1.0, 5.0, 1.5, 5.0, 0.25);
        }
    }
}
