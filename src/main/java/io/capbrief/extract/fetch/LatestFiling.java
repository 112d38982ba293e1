package io.capbrief.extract.fetch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** The date of a company's latest filing in SEC's {@code submissions/CIK##########.json}: the latest of {@code filings.recent.filingDate}. */
final class LatestFiling {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private LatestFiling() {}

    /** @return empty when the file lists no filing, or does not read as submissions (the caller then fetches anyway) */
    static Optional<LocalDate> in(Path submissions) {
        try (JsonParser parser = MAPPER.createParser(submissions.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !enter(parser, "filings") || !enter(parser, "recent")
                    || !enter(parser, "filingDate")) {
                return Optional.empty();
            }
            LocalDate latest = null;
            // SEC lists the newest first, but the maximum does not depend on it
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                LocalDate date = LocalDate.parse(parser.getString().strip());
                latest = latest == null || date.isAfter(latest) ? date : latest;
            }
            return Optional.ofNullable(latest);
        } catch (JacksonException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Moves the parser, inside an object, onto the value of its property {@code name}, an object or an array; false if there is none. */
    private static boolean enter(JsonParser parser, String name) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String property = parser.currentName();
            JsonToken value = parser.nextToken();
            if (property.equals(name)) {
                return value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY;
            }
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                parser.skipChildren();
            }
        }
        return false;
    }
}
