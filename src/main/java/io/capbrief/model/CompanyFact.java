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
 * @param accn the accession number of the filing that reported it ("0000320193-24-000123"), null when
 *     unknown (a vendor file, or a fact stored before accession numbers were kept)
 */
public record CompanyFact(
        String cik, String taxonomy, String concept, String unit, LocalDate start, LocalDate end, double value,
        Integer fy, String fp, String form, String accn, LocalDate filed) {

    /** A fact with no accession number, as test fixtures make it. */
    public CompanyFact(String cik, String taxonomy, String concept, String unit, LocalDate start, LocalDate end,
            double value, Integer fy, String fp, String form, LocalDate filed) {
        this(cik, taxonomy, concept, unit, start, end, value, fy, fp, form, null, filed);
    }

    /**
     * The filing's index page on EDGAR, where its documents are listed: the CIK without its leading
     * zeros, the accession number without its dashes; null when either is unknown.
     */
    public String filingIndex() {
        if (cik == null || accn == null) {
            return null;
        }
        return "https://www.sec.gov/Archives/edgar/data/" + Long.parseLong(cik) + "/" + accn.replace("-", "") + "/";
    }

    /** Period length in days, end and start included; 0 for an instant. */
    public long days() {
        return start == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
    }
}
