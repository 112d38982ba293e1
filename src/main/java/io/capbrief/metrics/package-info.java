/**
 * The figures of METRICS.md computed for a week from what the store knew then: index performance, rates, valuation and
 * leverage aggregates, history percentiles, screens.
 */
package io.capbrief.metrics;
