package io.capbrief.model;

import java.time.LocalDate;

/**
 * One reported value of a company's XBRL concept (SEC companyfacts, or a vendor file mapped to
 * the same concepts), as known from its filing date on.
 *
 * @param taxonomy {@code us-gaap} or {@code dei}
 * @param start the period start for duration concepts; null for instant concepts
 * @param fy the fiscal year the filing reports, may be null
 * @param fp the fiscal period (FY, Q1, Q2, Q3), may be null
 * @param form the filing form (10-K, 10-Q, ...), may be null
 */
public record CompanyFact(
        String cik, String taxonomy, String concept, String unit, LocalDate start, LocalDate end, double value,
        Integer fy, String fp, String form, LocalDate filed) {

    /** Period length in days, end and start included; 0 for an instant. */
    public long days() {
        return start == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
    }
}
