package io.capbrief.model;

/**
 * One company of a constituents-financials file; a blank figure is null, never 0.
 *
 * @param sector the file's {@code Sector} column, which in the datahub file is the GICS sub-industry
 * @param trailingPe the file's {@code Price/Earnings}: trailing, blank when earnings are negative
 * @param marketCap raw US dollars
 * @param ebitda raw US dollars
 * @param line the 1-based line it came from
 */
public record FundamentalsRow(String ticker, String name, String sector, Double price, Double trailingPe, Double eps,
        Double marketCap, Double ebitda, long line) {}
