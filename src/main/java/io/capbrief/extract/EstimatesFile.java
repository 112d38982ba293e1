package io.capbrief.extract;

import java.util.List;

/** The consensus estimates of an estimates CSV, and the rows quarantined because a field could not be read. */
public record EstimatesFile(List<EstimateRow> rows, List<RejectedRow> rejected) {}
