package io.capbrief.model;

/**
 * One equity holding of an index fund on its holdings date.
 *
 * @param ticker null for an equity the file lists without one (unlisted warrants, rights)
 * @param weight the fund weight as a fraction (0.0123 for 1.23%)
 * @param price the price in the file, null when absent
 * @param shares the quantity held, null when absent
 * @param line the 1-based line (CSV) or row (XLSX) it came from
 */
public record HoldingRow(String ticker, String name, String sector, double weight, Double price, Double shares,
        String currency, long line) {}
