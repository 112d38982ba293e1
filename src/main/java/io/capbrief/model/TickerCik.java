package io.capbrief.model;

/**
 * A ticker and the SEC central index key of its registrant, from SEC {@code company_tickers.json}.
 *
 * @param ticker as SEC writes it (share classes with a dash: BRK-B)
 * @param cik zero-padded to 10 digits ("0000320193"), as in companyfacts file names
 */
public record TickerCik(String ticker, String cik, String title) {}
