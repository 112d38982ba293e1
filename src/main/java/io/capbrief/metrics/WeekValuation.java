package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.Map;

/**
 * A week's valuation with the inputs a reader needs to follow its company metrics, for explaining them.
 *
 * @param tenYearYield the 10-year yield at the week in percent, null when unknown
 * @param creditSpread the spread the rate shock adds to it, in percentage points
 * @param cikByTicker the company master's CIKs
 */
public record WeekValuation(LocalDate week, Double tenYearYield, double creditSpread, Map<String, String> cikByTicker,
        Valuation valuation) {}
