package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.capbrief.model.EventSpec;
import io.capbrief.model.IndexCode;

/**
 * Everything computed for one week, and its figures under the stable names of BRIEFING.md
 * (unrounded; null when the figure cannot be computed).
 */
public record WeeklyFigures(
        LocalDate week,
        List<EventSpec> events,
        Map<IndexCode, IndexPerformance> indices,
        Map<String, RateLevel> rates,
        Valuation valuation,
        Map<String, Double> figures) {}
