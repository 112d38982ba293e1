package io.capbrief.metrics.fundamentals;

import java.util.EnumMap;
import java.util.Map;

/**
 * One company's metrics for a week (METRICS.md section 4); a null figure is empty and has its
 * reason in {@code reasons} ("negative forward earnings", "EBITDA-negative", "no price", ...).
 *
 * @param price the company's price at the week, null when none (or not positive)
 * @param impliedRate and {@code nearTermMaturities}, {@code rateShock}: fractions (0.05, not 5)
 */
public record CompanyMetrics(
        Double price, Double marketCap, Double ntmEps, Double forwardPe, Double trailingPe, Double netDebtToEbitda,
        Double interestCoverage, Double impliedRate, Double nearTermMaturities, Boolean unprofitable, Boolean zombie,
        Double rateShock, Double rateShockInterest, Double rateShockCoverage, Map<Metric, String> reasons) {

    public CompanyMetrics {
        reasons = reasons.isEmpty() ? Map.of() : new EnumMap<>(reasons);
    }

    /** @return null when the metric is defined */
    public String reason(Metric metric) {
        return reasons.get(metric);
    }
}
