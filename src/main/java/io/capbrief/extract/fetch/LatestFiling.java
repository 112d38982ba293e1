package io.capbrief.extract.fetch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The date of a company's latest filing with XBRL data in SEC's {@code submissions/CIK##########.json}: the latest
 * {@code filings.recent.filingDate} whose {@code isXBRL} is 1. The companyfacts are built from XBRL filings only, so
 * the insiders' Form 4s and the other filings without XBRL, weekly for a large company, cannot change them.
 */
final class LatestFiling {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private LatestFiling() {}

    /**
     * @return empty when the file lists no such filing, or does not read as submissions (the caller then fetches
     *     anyway); every filing counts where the file has no {@code isXBRL} list
     */
    static Optional<LocalDate> in(Path submissions) {
        try (JsonParser parser = MAPPER.createParser(submissions.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !enter(parser, "filings") || !enter(parser, "recent")) {
                return Optional.empty();
            }
            JsonNode recent = parser.readValueAsTree();
            JsonNode dates = recent.path("filingDate");
            JsonNode xbrl = recent.path("isXBRL");
            LocalDate latest = null;
            // SEC lists the newest first, but the maximum does not depend on it
            for (int i = 0; i < dates.size(); i++) {
                if (xbrl.isArray() && xbrl.path(i).asInt(1) == 0) {
                    continue;
                }
                LocalDate date = LocalDate.parse(dates.path(i).asString().strip());
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
