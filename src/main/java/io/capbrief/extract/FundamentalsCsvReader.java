package io.capbrief.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.capbrief.model.FundamentalsRow;
import io.capbrief.model.RejectedRow;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a constituents-financials CSV (the datahub {@code s-and-p-500-companies-financials} shape:
 * Symbol, Name, Sector, Price, Price/Earnings, ..., Market Cap, EBITDA, ...), columns found by name.
 * The file carries no date of its own: the manifest's {@code asOf} dates it.
 */
public final class FundamentalsCsvReader {

    private static final List<String> COLUMNS = List.of(
            "Symbol", "Name", "Sector", "Price", "Price/Earnings", "Earnings/Share", "Market Cap", "EBITDA");

    public FundamentalsFile read(Path file) {
        try (CSVParser parser = CsvFiles.open(file)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new SourceFormatException(file, 1, "no " + missing + " column in header " + header.keySet()
                        + "; expected a constituents-financials file with " + COLUMNS);
            }
            List<FundamentalsRow> rows = new ArrayList<>();
            List<RejectedRow> rejected = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = CsvFiles.lineOf(record.getRecordNumber());
                if (record.size() != header.size()) {
                    rejected.add(new RejectedRow(file.toString(), line, null, null,
                            "expected " + header.size() + " fields but found " + record.size(), true));
                    continue;
                }
                String ticker = record.get("Symbol");
                if (ticker.isEmpty()) {
                    rejected.add(new RejectedRow(file.toString(), line, "Symbol", "", "no ticker", true));
                    continue;
                }
                List<RejectedRow> notes = new ArrayList<>();
                try {
                    rows.add(new FundamentalsRow(ticker, record.get("Name"), record.get("Sector"),
                            number(file, line, record, "Price", notes),
                            number(file, line, record, "Price/Earnings", notes),
                            number(file, line, record, "Earnings/Share", notes),
                            number(file, line, record, "Market Cap", notes),
                            number(file, line, record, "EBITDA", notes), line));
                    rejected.addAll(notes);
                } catch (BadNumber e) {
                    rejected.add(new RejectedRow(file.toString(), line, e.field, e.text,
                            e.field + " '" + e.text + "' is not a number", true));
                }
            }
            return new FundamentalsFile(List.copyOf(rows), List.copyOf(rejected));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A blank field is a figure the publisher does not have: null, so that it never reads as 0.
     * Infinity or NaN (the real file's P/E for KeyCorp, whose earnings are 0) is no figure either:
     * null, with a note so that the data-quality section can say so.
     */
    private static Double number(Path file, long line, CSVRecord record, String field, List<RejectedRow> notes)
            throws BadNumber {
        String text = record.get(field);
        if (text.isEmpty()) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadNumber(field, text);
        }
        if (!Double.isFinite(value)) {
            notes.add(new RejectedRow(file.toString(), line, field, text,
                    field + " '" + text + "' is not a finite number; read as empty", false));
            return null;
        }
        return value;
    }

    /** A figure that cannot be read; the row is quarantined and the rest of the file read on. */
    private static final class BadNumber extends Exception {

        private final String field;
        private final String text;

        BadNumber(String field, String text) {
            super(field, null, false, false);
            this.field = field;
            this.text = text;
        }
    }
}
