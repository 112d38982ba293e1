package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.capbrief.metrics.fundamentals.Constituent;
import io.capbrief.metrics.fundamentals.IndexAggregates;
import io.capbrief.model.IndexCode;

/**
 * One index's constituents with their company metrics, its aggregates and its sector aggregates at
 * a week.
 *
 * @param holdingsAsOf the date of the holdings file the constituents come from, null when none is known
 * @param constituentNames company names by ticker, from the holdings file
 */
public record IndexValuation(
        IndexCode index,
        LocalDate holdingsAsOf,
        String holdingsFile,
        List<Constituent> constituents,
        Map<String, String> constituentNames,
        IndexAggregates aggregates,
        Map<String, IndexAggregates> sectors) {}
