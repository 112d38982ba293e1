package io.capbrief.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * What the CSV readers share: opening a publisher's file (text checked by {@link TextFiles}, BOM and CRLF
 * tolerated) and reading its fields.
 */
final class CsvFiles {

    private static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true).get();

    private CsvFiles() {}

    static CSVParser open(Path file) {
        try {
            BufferedReader reader = TextFiles.open(file);
            skipByteOrderMark(reader);
            return CSVParser.parse(reader, WITH_HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new SourceFormatException(file, 1, "unreadable header: " + e.getMessage());
        }
    }

    private static void skipByteOrderMark(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /** The header line is line 1, so record n sits on line n + 1 (publishers' files have no multi-line fields). */
    static long lineOf(long recordNumber) {
        return recordNumber + 1;
    }

    static LocalDate date(Path file, long line, String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new SourceFormatException(file, line,
                    field + " '" + text + "' is not a date in the expected format yyyy-MM-dd (e.g. 2024-11-22)");
        }
    }

    static double number(Path file, long line, String field, String text) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SourceFormatException(file, line, field + " '" + text + "' is not a number");
    }
}
