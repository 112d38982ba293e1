package io.capbrief.model;

import java.time.LocalDate;

/**
 * A consensus EPS estimate for a company as of a date. Any EPS may be null; NTM EPS is blended
 * from FY1 and FY2 when it is not given (METRICS.md section 4).
 */
public record EstimateRow(String ticker, LocalDate asOf, LocalDate fiscalYearEnd, Double fy1Eps, Double fy2Eps,
        Double ntmEps, Integer analysts, long line) {}
