package io.capbrief.metrics.fundamentals;

import java.time.LocalDate;

/**
 * One fiscal year's annual EBIT and interest expense (from facts 350 to 380 days long), for the
 * zombie test.
 *
 * @param interestExpense null when the year has no annual interest fact
 */
public record FiscalYear(LocalDate end, double ebit, Double interestExpense) {}
