package io.capbrief.extract;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.capbrief.model.QuarterlyEstimate;
import io.capbrief.model.RejectedRow;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an earnings calendar JSON array of {@code {symbol, name, reportDate, fiscalDateEnding,
 * estimate, currency}}, where the estimate is a string ("-0.69") or null.
 */
public final class EarningsCalendarJsonReader {

    /** The estimates of an earnings calendar, and the entries quarantined because a field could not be read. */
    public record EarningsCalendar(List<QuarterlyEstimate> estimates, List<RejectedRow> rejected) {}

    private static final String EXPECTED = "expected an earnings calendar: a JSON array of "
            + "{\"symbol\", \"name\", \"reportDate\", \"fiscalDateEnding\", \"estimate\", \"currency\"}";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public EarningsCalendar read(Path file) {
        try (JsonParser parser = MAPPER.createParser(file)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new SourceFormatException(file, line(parser), EXPECTED);
            }
            List<QuarterlyEstimate> estimates = new ArrayList<>();
            List<RejectedRow> rejected = new ArrayList<>();
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                long line = line(parser);
                int column = parser.currentTokenLocation().getColumnNr();
                JsonNode entry = parser.readValueAsTree();
                try {
                    estimates.add(new QuarterlyEstimate(required(entry, "symbol"), text(entry.get("name")),
                            date(entry, "reportDate", true), date(entry, "fiscalDateEnding", false),
                            estimate(entry), text(entry.get("currency"))));
                } catch (BadField e) {
                    // the calendar files are one long line, so the column is what finds the entry
                    rejected.add(new RejectedRow(file.toString(), line, e.field, e.text,
                            "entry at column " + column + ": " + e.getMessage(), true));
                }
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new SourceFormatException(file, line(parser), "an array element is not an object; " + EXPECTED);
            }
            return new EarningsCalendar(List.copyOf(estimates), List.copyOf(rejected));
        } catch (StreamReadException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SourceFormatException(file, line, "not valid JSON (" + e.getOriginalMessage() + "); " + EXPECTED);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e.getCause());
        }
    }

    /** The calendar writes the estimate as a string; a JSON number is accepted too, null or "" means none. */
    private static Double estimate(JsonNode entry) throws BadField {
        String text = text(entry.get("estimate"));
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadField("estimate", text, "estimate '" + text + "' is not a number");
    }

    private static String required(JsonNode entry, String field) throws BadField {
        String text = text(entry.get(field));
        if (text == null || text.isBlank()) {
            throw new BadField(field, text, field + " is required");
        }
        return text;
    }

    private static LocalDate date(JsonNode entry, String field, boolean required) throws BadField {
        String text = required ? required(entry, field) : text(entry.get(field));
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadField(field, text, field + " '" + text + "' is not a date in the format yyyy-MM-dd");
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isString() ? node.stringValue() : node.toString();
    }

    private static long line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** A field that cannot be read; the entry is quarantined and the rest of the file read on. */
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
