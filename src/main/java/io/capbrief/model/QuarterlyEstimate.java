package io.capbrief.model;

import java.time.LocalDate;

/**
 * A quarterly consensus EPS estimate from an earnings calendar (Alpha Vantage EARNINGS_CALENDAR
 * shape); not a 12-month-forward EPS.
 *
 * @param estimate the consensus EPS for the quarter, null when the calendar has none
 * @param fiscalDateEnding the end of the quarter reported, null when absent
 */
public record QuarterlyEstimate(String ticker, String name, LocalDate reportDate, LocalDate fiscalDateEnding,
        Double estimate, String currency) {}
