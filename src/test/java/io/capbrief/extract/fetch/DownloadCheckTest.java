package io.capbrief.extract.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.capbrief.RealData;
import io.capbrief.extract.SourceFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a downloaded body must be before it replaces the file a run reads. */
class DownloadCheckTest {

    private static final URI URL = URI.create("https://publisher.example/file");

    @TempDir
    Path dir;

    @Test
    void aBodyShorterThanItsContentLengthIsCutShort() throws IOException {
        Path body = write("observation_date,DGS10\n");

        assertThat(DownloadCheck.problem(body, SourceFormat.FRED_CSV, URL, "text/csv", 100))
                .isEqualTo("https://publisher.example/file sent 23 of the 100 bytes it announced (cut short)");
        assertThat(DownloadCheck.problem(body, SourceFormat.FRED_CSV, URL, "text/csv", 23)).isNull();
    }

    @Test
    void anHtmlPageIsRefusedWhereCsvOrJsonWasExpectedEvenWithABom() throws IOException {
        Path page = write("\uFEFF  <html><head><title>Sign in</title></head></html>");

        assertThat(DownloadCheck.problem(page, SourceFormat.ISHARES_HOLDINGS_CSV, URL, null, -1))
                .isEqualTo("https://publisher.example/file sent an HTML page (an error or login page?) where a ishares-holdings-csv file was expected");
        assertThat(DownloadCheck.problem(page, SourceFormat.SEC_COMPANYFACTS_JSON, URL, null, -1)).contains("an HTML page");
        assertThat(DownloadCheck.problem(write("a,b\n1,2\n"), SourceFormat.FRED_CSV, URL, "text/html; charset=utf-8", -1))
                .contains("an HTML page");
    }

    @Test
    void jsonMustParseToTheEnd() throws IOException {
        assertThat(DownloadCheck.problem(write("{\"cik\": 320193, \"facts\": {\"us-gaap\": {"), SourceFormat.SEC_COMPANYFACTS_JSON, URL, null, -1))
                .startsWith("https://publisher.example/file sent a body that is not JSON: ");
        assertThat(DownloadCheck.problem(write("{\"cik\": 320193, \"facts\": {}}"), SourceFormat.SEC_COMPANYFACTS_JSON, URL, null, -1)).isNull();
    }

    @Test
    void aWorkbookMustBeAZipThatOpens() throws IOException {
        assertThat(DownloadCheck.problem(write("Ticker,Weight\n"), SourceFormat.SPDR_HOLDINGS_XLSX, URL, null, -1))
                .isEqualTo("https://publisher.example/file sent a body that is not a zip where a spdr-holdings-xlsx file was expected");
        assertThat(DownloadCheck.problem(write("PK\u0003\u0004 and then nothing"), SourceFormat.SPDR_HOLDINGS_XLSX, URL, null, -1))
                .startsWith("https://publisher.example/file sent a zip that does not open");
    }

    @Test
    void binaryDataIsRefusedWhereTextWasExpected() throws IOException {
        Path body = dir.resolve("body");
        Files.write(body, new byte[] {'D', 'a', 't', 'e', 0, 1, 2});

        assertThat(DownloadCheck.problem(body, SourceFormat.PRICE_CSV, URL, null, -1))
                .isEqualTo("https://publisher.example/file sent binary data (a NUL byte at offset 4) where a price-csv file was expected");
    }

    @Test
    void theRealPublishersFilesPass() throws IOException {
        assertThat(DownloadCheck.problem(RealData.file("holdings/ishares_IWM_holdings_2025-11-05.csv"), SourceFormat.ISHARES_HOLDINGS_CSV,
                URL, "text/csv", -1)).isNull();
        assertThat(DownloadCheck.problem(RealData.file("estimates/earnings_calendar_estimates_2025-11-07.json"),
                SourceFormat.EARNINGS_CALENDAR_JSON, URL, "application/json", -1)).isNull();
    }

    private Path write(String text) throws IOException {
        Path body = Files.createTempFile(dir, "body", ".part");
        Files.writeString(body, text, StandardCharsets.UTF_8);
        return body;
    }
}
