package io.capbrief.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sanity limits a week's figures are held against before anyone is mailed (METRICS.md section 9).
 *
 * @param weeklyMove the largest weekly move of an index close, as a fraction
 * @param forwardPeMove the largest move of a forward P/E from the previous issued week, as a fraction
 * @param coverageDrop the largest fall of an aggregate's coverage from the previous issued week, in points (0.20 = 20)
 * @param staleDays the most days an index's or rate's latest observation may lie before the week
 * @param enabled false only to brief through anything, e.g. to rebuild an archive
 */
@ConfigurationProperties("capbrief.limits")
public record HoldLimits(@DefaultValue("0.15") double weeklyMove, @DefaultValue("0.25") double forwardPeMove,
        @DefaultValue("0.20") double coverageDrop, @DefaultValue("7") int staleDays, @DefaultValue("true") boolean enabled) {

    public static final HoldLimits DEFAULTS = new HoldLimits(0.15, 0.25, 0.20, 7, true);
}
