package io.capbrief.metrics;

import java.nio.file.Path;

import io.capbrief.metrics.fundamentals.ScreenThresholds;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The methodology's configurable numbers (METRICS.md sections 4 and 6).
 *
 * @param creditSpread added to the 10-year yield for the rate shock, in percentage points
 * @param screens the screens' thresholds, each defaulting on its own to {@link ScreenThresholds}' defaults
 * @param sicSectors the table of SIC code ranges to sectors, for holdings rows that name no sector
 * @param coverageFloor the share of an index's (or a sector's) weight an aggregate must cover to be reported as a
 *     number (METRICS.md section 9); under it, "n.s."
 */
@ConfigurationProperties("capbrief.metrics")
public record MetricsSettings(@DefaultValue("3.0") double creditSpread, @DefaultValue ScreenThresholds screens,
        @DefaultValue("config/sic-sectors.csv") Path sicSectors, @DefaultValue("0.30") double coverageFloor) {

    public static final double COVERAGE_FLOOR = 0.30;
}
