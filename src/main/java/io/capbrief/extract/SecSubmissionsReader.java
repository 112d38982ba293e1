package io.capbrief.extract;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.capbrief.model.CompanyIndustry;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a registrant's SIC code from SEC's {@code submissions/CIK##########.json}: the top-level
 * {@code cik}, {@code sic} and {@code sicDescription}, streamed past the filings list, which is most of the file.
 */
public final class SecSubmissionsReader {

    private static final String EXPECTED =
            "expected SEC submissions JSON: {\"cik\": \"320193\", \"sic\": \"3571\", \"sicDescription\": \"Electronic Computers\", ...}";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** @return null when the registrant has no SIC code (SEC leaves it empty for some funds and trusts) */
    public CompanyIndustry read(Path file) {
        try (JsonParser parser = MAPPER.createParser(file)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new SourceFormatException(file, parser.currentTokenLocation().getLineNr(), EXPECTED);
            }
            String cik = null;
            String sic = null;
            String description = null;
            long sicLine = 0;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "cik" -> cik = parser.getValueAsString();
                    case "sic" -> {
                        sic = parser.getValueAsString();
                        sicLine = parser.currentTokenLocation().getLineNr();
                    }
                    case "sicDescription" -> description = parser.getValueAsString();
                    default -> {
                        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                            parser.skipChildren();
                        }
                    }
                }
            }
            if (cik == null || !cik.strip().matches("\\d{1,10}")) {
                throw new SourceFormatException(file, 1, "cik " + (cik == null ? "missing" : "'" + cik + "'")
                        + " is not a number of up to 10 digits; " + EXPECTED);
            }
            if (sic == null || sic.isBlank()) {
                return null;
            }
            if (!sic.strip().matches("\\d{4}")) {
                throw new SourceFormatException(file, sicLine, "sic '" + sic + "' is not a four-digit SIC code; " + EXPECTED);
            }
            return new CompanyIndustry(String.format("%010d", Long.parseLong(cik.strip())), sic.strip(), description);
        } catch (StreamReadException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SourceFormatException(file, line, "not valid JSON (" + e.getOriginalMessage() + "); " + EXPECTED);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e.getCause());
        }
    }
}
