package io.capbrief.model;

import java.time.LocalDate;

/** A company's close on a day, from a {@code date,ticker,close} prices file. */
public record TickerPrice(String ticker, LocalDate date, double close, long line) {}
