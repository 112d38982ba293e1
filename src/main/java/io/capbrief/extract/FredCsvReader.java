package io.capbrief.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a FRED series download. Accepts the header variants seen in the wild
 * ({@code observation_date,SERIES}, {@code DATE,SERIES}, {@code date,SERIES}, {@code date,value});
 * a missing value written as {@code .} or left empty is skipped, never read as 0; an index close at
 * or below 0 or a rate outside [-5, 100] percent is quarantined.
 */
public final class FredCsvReader {

    private static final Set<String> DATE_HEADERS = Set.of("observation_date", "date");

    public SeriesFile read(Path file, String series) {
        try (CSVParser parser = CsvFiles.open(file)) {
            List<String> header = parser.getHeaderNames();
            if (header.size() != 2 || !DATE_HEADERS.contains(header.get(0).toLowerCase(Locale.ROOT))) {
                throw new SourceFormatException(file, 1, "header " + header
                        + " is not a FRED series header; expected 'observation_date,<SERIES>', 'DATE,<SERIES>' or 'date,value'");
            }
            String valueColumn = header.get(1);
            ObservationList observations = new ObservationList(file, series);
            for (CSVRecord record : parser) {
                long line = CsvFiles.lineOf(record.getRecordNumber());
                if (record.size() != 2) {
                    throw new SourceFormatException(file, line, "expected 2 fields (date, value) but found " + record.size());
                }
                String value = record.get(1);
                if (value.isEmpty() || value.equals(".")) {
                    continue;
                }
                observations.add(CsvFiles.date(file, line, header.get(0), record.get(0)),
                        CsvFiles.number(file, line, valueColumn, value), line, valueColumn, value);
            }
            return observations.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
