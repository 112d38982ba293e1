package io.capbrief.job;

import io.capbrief.extract.SeriesObservation;

/** An observation read from a file, bound for the staging load of that file. */
public record StagedObservation(long loadId, SeriesObservation observation) {}
