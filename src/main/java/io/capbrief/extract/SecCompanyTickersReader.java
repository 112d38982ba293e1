package io.capbrief.extract;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.capbrief.model.TickerCik;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads SEC {@code company_tickers.json}, an object of {@code "0": {"cik_str", "ticker", "title"}} entries, into ticker-CIK pairs. */
public final class SecCompanyTickersReader {

    private static final String EXPECTED =
            "expected SEC company_tickers.json: {\"0\": {\"cik_str\": 320193, \"ticker\": \"AAPL\", \"title\": \"Apple Inc.\"}, ...}";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public List<TickerCik> read(Path file) {
        try (JsonParser parser = MAPPER.createParser(file)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new SourceFormatException(file, line(parser), EXPECTED);
            }
            List<TickerCik> tickers = new ArrayList<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                long line = line(parser);
                JsonNode entry = parser.readValueAsTree();
                tickers.add(entry(file, line, key, entry));
            }
            return List.copyOf(tickers);
        } catch (StreamReadException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SourceFormatException(file, line, "not valid JSON (" + e.getOriginalMessage() + "); " + EXPECTED);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e.getCause());
        }
    }

    /** A bad entry fails the file: the list is the one way from a ticker to its filings, so a gap would go unseen. */
    private static TickerCik entry(Path file, long line, String key, JsonNode entry) {
        if (!entry.isObject()) {
            throw new SourceFormatException(file, line, "entry \"" + key + "\" is not an object; " + EXPECTED);
        }
        String cik = text(entry.get("cik_str"));
        if (cik == null || !cik.matches("\\d{1,10}")) {
            throw new SourceFormatException(file, line,
                    "entry \"" + key + "\": cik_str " + (cik == null ? "missing" : "'" + cik + "'") + " is not a number of up to 10 digits");
        }
        String ticker = text(entry.get("ticker"));
        if (ticker == null || ticker.isBlank()) {
            throw new SourceFormatException(file, line, "entry \"" + key + "\" has no ticker");
        }
        return new TickerCik(ticker, String.format("%010d", Long.parseLong(cik)), text(entry.get("title")));
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
}
