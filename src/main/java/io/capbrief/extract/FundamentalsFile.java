package io.capbrief.extract;

import java.util.List;

import io.capbrief.model.FundamentalsRow;
import io.capbrief.model.RejectedRow;

/**
 * The rows of a constituents-financials file.
 *
 * @param rejected rows quarantined because a figure could not be read (not in {@code rows}), and
 *     figures written as Infinity or NaN, skipped (quarantined false: the row is kept with that figure null)
 */
public record FundamentalsFile(List<FundamentalsRow> rows, List<RejectedRow> rejected) {}
