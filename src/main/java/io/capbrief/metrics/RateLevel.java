package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.Map;

/**
 * A rate series at a week (METRICS.md section 2): its level in percent and its changes in basis points.
 *
 * @param eventChangesBp change since each event, by event id
 */
public record RateLevel(
        String series, LocalDate asOf, Double level, Double change1wBp, Map<String, Double> eventChangesBp,
        Double changeYtdBp) {}
