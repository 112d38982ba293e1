package io.capbrief.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.capbrief.model.HoldingRow;
import io.capbrief.model.RejectedRow;

/**
 * One fund holdings file as read: its equity constituents and every row that was not kept.
 *
 * @param fund the fund's name as the file states it (e.g. "iShares Russell 2000 ETF")
 * @param asOf the holdings date the file states
 * @param equities the equity rows with a real ticker, in file order
 * @param rejected the other data rows: skipped (cash, futures, no ticker) or quarantined (unreadable)
 */
public record HoldingsFile(Path file, String fund, LocalDate asOf, List<HoldingRow> equities, List<RejectedRow> rejected) {

    public HoldingsFile {
        equities = List.copyOf(equities);
        rejected = List.copyOf(rejected);
    }
}
