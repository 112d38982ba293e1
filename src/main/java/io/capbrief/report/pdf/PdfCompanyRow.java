package io.capbrief.report.pdf;

import io.capbrief.report.Briefing;
import io.capbrief.report.DisplayFormat;

/** One company of a screen on the PDF, every figure already formatted, read by {@code briefing-companies.jrxml}. */
public record PdfCompanyRow(String ticker, String name, String sector, String forwardPe, String netDebtToEbitda,
        String interestCoverage, String nearTermMaturities, String rateShockCoverage) {

    static PdfCompanyRow of(Briefing.CompanyRow c) {
        return new PdfCompanyRow(text(c.ticker()), text(c.name()), text(c.sector()), DisplayFormat.multiple(c.forwardPe()),
                DisplayFormat.multiple(c.netDebtToEbitda()), DisplayFormat.multiple(c.interestCoverage()),
                DisplayFormat.percent(c.nearTermMaturities()), DisplayFormat.multiple(c.rateShockCoverage()));
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? DisplayFormat.EMPTY : s;
    }

    public String getTicker() {
        return ticker;
    }

    public String getName() {
        return name;
    }

    public String getSector() {
        return sector;
    }

    public String getForwardPe() {
        return forwardPe;
    }

    public String getNetDebtToEbitda() {
        return netDebtToEbitda;
    }

    public String getInterestCoverage() {
        return interestCoverage;
    }

    public String getNearTermMaturities() {
        return nearTermMaturities;
    }

    public String getRateShockCoverage() {
        return rateShockCoverage;
    }
}
