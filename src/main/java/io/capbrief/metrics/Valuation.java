package io.capbrief.metrics;

import java.util.List;
import java.util.Map;

import io.capbrief.metrics.fundamentals.Constituent;
import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.model.IndexCode;

/**
 * The week's valuation and leverage half (METRICS.md sections 3 to 6).
 *
 * @param figures the aggregates under their figures.json names, nulls kept
 * @param qualitySmallCaps and {@code refinancingRisk}: the Russell 2000 screens, sorted as METRICS.md says
 * @param screenThresholds the configured limits the screens applied, so the briefing can state them
 */
public record Valuation(
        Map<IndexCode, IndexValuation> indices,
        List<Constituent> qualitySmallCaps,
        List<Constituent> refinancingRisk,
        Map<String, Double> figures,
        List<DataNote> notes,
        ScreenThresholds screenThresholds) {}
