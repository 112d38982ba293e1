package io.capbrief.extract;

import java.time.LocalDate;
import java.util.List;

import io.capbrief.model.RejectedRow;

/**
 * What a reader made of one file: the records to store, the rows it did not keep, and the date
 * the file speaks for when that is a property of the file rather than of its rows.
 *
 * @param records records of one kind: SeriesObservation, HoldingRow, CompanyFact, TickerCik,
 *     FundamentalsRow, EstimateRow, QuarterlyEstimate or TickerPrice
 */
public record ExtractedFile(LocalDate asOf, List<?> records, List<RejectedRow> rejected) {

    public ExtractedFile {
        records = List.copyOf(records);
        rejected = List.copyOf(rejected);
    }

    /** The records, then the rejected rows: the order in which a load's items are written and counted. */
    public List<Object> items() {
        List<Object> items = new java.util.ArrayList<>(records.size() + rejected.size());
        items.addAll(records);
        items.addAll(rejected);
        return items;
    }
}
