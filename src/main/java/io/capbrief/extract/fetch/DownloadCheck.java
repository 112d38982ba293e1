package io.capbrief.extract.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;

import io.capbrief.extract.SourceFormat;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a downloaded body before it may replace the file a run reads: all of it arrived, and it is what the entry's
 * format expects, not a publisher's error or login page.
 */
final class DownloadCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a format's file is on the wire. */
    enum Container { TEXT, JSON, ZIP }

    private DownloadCheck() {}

    static Container container(SourceFormat format) {
        return switch (format) {
            case FRED_CSV, PRICE_CSV, ISHARES_HOLDINGS_CSV, FUNDAMENTALS_CSV, ESTIMATES_CSV, TICKER_PRICES_CSV -> Container.TEXT;
            case SEC_COMPANYFACTS_JSON, SEC_COMPANY_TICKERS_JSON, SEC_SUBMISSIONS_JSON, EARNINGS_CALENDAR_JSON -> Container.JSON;
            case SPDR_HOLDINGS_XLSX, SEC_COMPANYFACTS_ZIP -> Container.ZIP;
        };
    }

    /**
     * @param expectedBytes the Content-Length the server announced for the body as stored, or -1 for none
     * @return null when the file may go into place, otherwise why not (the URL named)
     */
    static String problem(Path body, SourceFormat format, URI url, String contentType, long expectedBytes) throws IOException {
        long size = Files.size(body);
        if (expectedBytes >= 0 && size != expectedBytes) {
            return url + " sent " + size + " of the " + expectedBytes + " bytes it announced (cut short)";
        }
        if (size == 0) {
            return url + " sent an empty body";
        }
        byte[] head = head(body);
        Container container = container(format);
        if (container != Container.ZIP && (isHtml(head) || contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html"))) {
            return url + " sent an HTML page (an error or login page?) where a " + format.id() + " file was expected";
        }
        return switch (container) {
            case TEXT -> textProblem(head, format, url);
            case JSON -> jsonProblem(body, url);
            case ZIP -> zipProblem(body, head, format, url);
        };
    }

    private static byte[] head(Path body) throws IOException {
        try (InputStream in = Files.newInputStream(body)) {
            return in.readNBytes(64 * 1024);
        }
    }

    private static boolean isHtml(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body") || start.startsWith("<?xml") && start.contains("<html");
    }

    private static String textProblem(byte[] head, SourceFormat format, URI url) {
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                return url + " sent binary data (a NUL byte at offset " + i + ") where a " + format.id() + " file was expected";
            }
        }
        return null;
    }

    private static String jsonProblem(Path body, URI url) {
        try (JsonParser parser = JSON.createParser(body.toFile())) {
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
            return null;
        } catch (JacksonException e) {
            return url + " sent a body that is not JSON: " + e.getOriginalMessage();
        }
    }

    private static String zipProblem(Path body, byte[] head, SourceFormat format, URI url) {
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            return url + " sent a body that is not a zip where a " + format.id() + " file was expected";
        }
        try (ZipFile zip = new ZipFile(body.toFile())) {
            return zip.size() == 0 ? url + " sent an empty zip" : null;
        } catch (IOException e) {
            return url + " sent a zip that does not open: " + e.getMessage();
        }
    }
}
