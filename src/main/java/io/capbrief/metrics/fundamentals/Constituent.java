package io.capbrief.metrics.fundamentals;

/**
 * An index constituent as of the latest holdings file known at the week, with its company's
 * figures; {@code sector} as the holdings file writes it (GICS names: "Financials", "Real Estate").
 */
public record Constituent(String ticker, String sector, double weight, CompanyMetrics metrics,
        CompanyFundamentals fundamentals) {

    /** Neither Financials nor Real Estate, whose debt is their business and so left out of leverage aggregates. */
    public boolean nonFinancial() {
        return sector == null || !(sector.equalsIgnoreCase("Financials") || sector.equalsIgnoreCase("Real Estate"));
    }
}
