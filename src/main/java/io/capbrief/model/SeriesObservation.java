package io.capbrief.model;

import java.time.LocalDate;

/** One dated value of an index close or a rate, with the source line it came from. */
public record SeriesObservation(String series, LocalDate date, double value, long line) {}
