package io.capbrief.metrics.fundamentals;

/**
 * An index constituent as of the latest holdings file known at the week, with its company's
 * figures; {@code sector} as the holdings file writes it (GICS names: "Financials", "Real Estate").
 *
 * @param earlierNtmEps the NTM EPS 91 days before the week, from the latest estimate dated by then and
 *     blended at that date (the EPS revision of METRICS.md section 5); null when there is none
 */
public record Constituent(String ticker, String sector, double weight, CompanyMetrics metrics,
        CompanyFundamentals fundamentals, Double earlierNtmEps) {

    public Constituent(String ticker, String sector, double weight, CompanyMetrics metrics,
            CompanyFundamentals fundamentals) {
        this(ticker, sector, weight, metrics, fundamentals, null);
    }

    /** Neither Financials nor Real Estate, whose debt is their business and so left out of leverage aggregates. */
    public boolean nonFinancial() {
        return sector == null || !(sector.equalsIgnoreCase("Financials") || sector.equalsIgnoreCase("Real Estate"));
    }
}
