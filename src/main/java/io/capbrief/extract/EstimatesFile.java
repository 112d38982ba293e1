package io.capbrief.extract;

import java.util.List;

import io.capbrief.model.EstimateRow;
import io.capbrief.model.RejectedRow;

/** The consensus estimates of an estimates CSV, and the rows quarantined because a field could not be read. */
public record EstimatesFile(List<EstimateRow> rows, List<RejectedRow> rejected) {}
