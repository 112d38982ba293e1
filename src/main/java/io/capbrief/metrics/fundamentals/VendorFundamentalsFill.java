package io.capbrief.metrics.fundamentals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.capbrief.model.FundamentalsRow;

/**
 * Fills what a thinner vendor file (the constituents-financials shape) can give where a company's
 * SEC filings leave a field empty: trailing net income, EBITDA and shares outstanding. Filed facts
 * always win; a vendor value never overwrites one.
 *
 * <p>The vendor's trailing P/E is blank for loss-makers, so net income comes from EPS times the
 * shares implied by market cap and price, which keeps the losses that a P/E-based figure would drop.
 */
public final class VendorFundamentalsFill {

    static final String CONCEPT = "fundamentals-csv";

    /**
     * @param vendor the company's row of the latest vendor file dated on or before the week, or null
     * @param vendorAsOf the date of that file
     * @return {@code filed} unchanged when there is no vendor row or nothing to fill
     */
    public CompanyFundamentals fill(CompanyFundamentals filed, FundamentalsRow vendor, LocalDate vendorAsOf, LocalDate week) {
        if (vendor == null) {
            return filed;
        }
        Double shares = vendor.marketCap() != null && vendor.price() != null && vendor.price() > 0
                ? vendor.marketCap() / vendor.price() : null;
        Double netIncome = shares != null && vendor.eps() != null ? vendor.eps() * shares : null;

        Map<Fundamental, Double> values = filed.values();
        Map<Fundamental, Lineage> lineage = new EnumMap<>(Fundamental.class);
        lineage.putAll(filed.lineage());
        String file = " (vendor file as of " + vendorAsOf + ", line " + vendor.line() + ")";
        boolean filledDuration = false;
        if (filed.netIncome() == null && netIncome != null) {
            values.put(Fundamental.NET_INCOME, netIncome);
            lineage.put(Fundamental.NET_INCOME, new Lineage(CONCEPT + ":Earnings/Share", List.of(),
                    "Earnings/Share x Market Cap / Price" + file));
            filledDuration = true;
        }
        if (filed.ebitda() == null && vendor.ebitda() != null) {
            values.put(Fundamental.EBITDA, vendor.ebitda());
            lineage.put(Fundamental.EBITDA, new Lineage(CONCEPT + ":EBITDA", List.of(), "vendor EBITDA" + file));
            filledDuration = true;
        }
        if (filed.sharesOutstanding() == null && shares != null) {
            values.put(Fundamental.SHARES_OUTSTANDING, shares);
            lineage.put(Fundamental.SHARES_OUTSTANDING, new Lineage(CONCEPT + ":Market Cap", List.of(),
                    "Market Cap / Price" + file));
        }
        if (lineage.size() == filed.lineage().size()) {
            return filed;
        }
        // a vendor trailing figure is as current as its file: that date stands in for the TTM end
        LocalDate ttmEnd = filed.latestTtmEnd() != null || !filledDuration ? filed.latestTtmEnd() : vendorAsOf;
        boolean stale = ttmEnd != null && ChronoUnit.DAYS.between(ttmEnd, week) > TtmDeriver.STALE_AFTER_DAYS;
        return CompanyFundamentals.of(values, filed.maturitySchedule(), ttmEnd, stale, filed.fiscalYears(), lineage);
    }
}
