package io.capbrief.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a daily price export from Yahoo Finance or Stooq: {@code Date} and {@code Close} are found
 * by header name in any column order, with or without {@code Adj Close}. Yahoo writes days without
 * a price as {@code null}; those are skipped. A close that cannot be true (an index at or below 0, a
 * rate outside [-5, 100] percent) is quarantined.
 */
public final class PriceCsvReader {

    public SeriesFile read(Path file, String series) {
        try (CSVParser parser = CsvFiles.open(file)) {
            Map<String, Integer> header = parser.getHeaderMap();
            int dateColumn = column(header, "date")
                    .orElseThrow(() -> missingColumn(file, "Date", header));
            int closeColumn = column(header, "close")
                    .orElseThrow(() -> missingColumn(file, "Close", header));
            ObservationList observations = new ObservationList(file, series);
            for (CSVRecord record : parser) {
                long line = CsvFiles.lineOf(record.getRecordNumber());
                if (record.size() != header.size()) {
                    throw new SourceFormatException(file, line,
                            "expected " + header.size() + " fields but found " + record.size());
                }
                String close = record.get(closeColumn);
                if (close.isEmpty() || close.equalsIgnoreCase("null")) {
                    continue;
                }
                observations.add(CsvFiles.date(file, line, "Date", record.get(dateColumn)),
                        CsvFiles.number(file, line, "Close", close), line, "Close", close);
            }
            return observations.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Integer> column(Map<String, Integer> header, String name) {
        return header.entrySet().stream()
                .filter(e -> e.getKey().trim().toLowerCase(Locale.ROOT).equals(name))
                .map(Map.Entry::getValue).findFirst();
    }

    private static SourceFormatException missingColumn(Path file, String name, Map<String, Integer> header) {
        return new SourceFormatException(file, 1,
                "no '" + name + "' column in header " + header.keySet() + "; expected a Yahoo/Stooq price export with Date and Close");
    }
}
