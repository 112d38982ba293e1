package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.Map;

/**
 * An index's performance figures for a week (METRICS.md section 1); returns are fractions and any
 * figure may be null when the history does not reach back far enough.
 *
 * @param eventReturns since-event return by event id, in the manifest's event order
 */
public record IndexPerformance(
        LocalDate closeDate,
        Double close,
        Double return1w,
        Double returnMtd,
        Double returnQtd,
        Double returnYtd,
        Map<String, Double> eventReturns,
        Double offHigh,
        LocalDate highDate,
        Double high52w,
        Double low52w) {}
