package io.capbrief.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.capbrief.model.EstimateRow;
import io.capbrief.model.RejectedRow;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads consensus EPS estimates, {@code ticker,as_of,fiscal_year_end,fy1_eps,fy2_eps,ntm_eps,analysts}
 * with the columns in any order; only ticker and as_of are required, an empty field is null.
 */
public final class EstimatesCsvReader {

    static final Set<String> COLUMNS = Set.of(
            "ticker", "as_of", "fiscal_year_end", "fy1_eps", "fy2_eps", "ntm_eps", "analysts");

    private static final List<String> REQUIRED = List.of("ticker", "as_of");

    public EstimatesFile read(Path file) {
        try (CSVParser parser = CsvFiles.open(file)) {
            List<String> header = parser.getHeaderNames();
            // an unknown column is most likely a misspelt known one, whose values would be lost silently
            List<String> unknown = header.stream().filter(c -> !COLUMNS.contains(c)).toList();
            if (!unknown.isEmpty()) {
                throw new SourceFormatException(file, 1, "unknown column " + unknown + "; expected the columns "
                        + "ticker,as_of,fiscal_year_end,fy1_eps,fy2_eps,ntm_eps,analysts (any order)");
            }
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new SourceFormatException(file, 1, "no " + missing + " column in header " + header);
            }
            List<EstimateRow> rows = new ArrayList<>();
            List<RejectedRow> rejected = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = CsvFiles.lineOf(record.getRecordNumber());
                if (record.size() != header.size()) {
                    rejected.add(new RejectedRow(file.toString(), line, null, null,
                            "expected " + header.size() + " fields but found " + record.size(), true));
                    continue;
                }
                try {
                    rows.add(new EstimateRow(required(record, "ticker"), date(record, "as_of", true),
                            date(record, "fiscal_year_end", false), number(record, "fy1_eps"),
                            number(record, "fy2_eps"), number(record, "ntm_eps"), count(record, "analysts"), line));
                } catch (BadField e) {
                    rejected.add(new RejectedRow(file.toString(), line, e.field, e.text, e.getMessage(), true));
                }
            }
            return new EstimatesFile(List.copyOf(rows), List.copyOf(rejected));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The field's text, null when the column is absent or the field empty. */
    private static String text(CSVRecord record, String field) {
        String text = record.isMapped(field) ? record.get(field) : "";
        return text.isEmpty() ? null : text;
    }

    private static String required(CSVRecord record, String field) throws BadField {
        String text = text(record, field);
        if (text == null) {
            throw new BadField(field, "", field + " is required");
        }
        return text;
    }

    private static LocalDate date(CSVRecord record, String field, boolean required) throws BadField {
        String text = required ? required(record, field) : text(record, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadField(field, text, field + " '" + text + "' is not a date in the format yyyy-MM-dd");
        }
    }

    private static Double number(CSVRecord record, String field) throws BadField {
        String text = text(record, field);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadField(field, text, field + " '" + text + "' is not a number");
    }

    private static Integer count(CSVRecord record, String field) throws BadField {
        String text = text(record, field);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadField(field, text, field + " '" + text + "' is not a count");
    }

    /** A field that cannot be read; the row is quarantined and the rest of the file read on. */
    private static final class BadField extends Exception {

        private final String field;
        private final String text;

        BadField(String field, String text, String problem) {
            super(problem, null, false, false);
            this.field = field;
            this.text = text;
        }
    }
}
