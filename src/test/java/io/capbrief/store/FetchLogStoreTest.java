package io.capbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import io.capbrief.extract.fetch.FetchLog;
import io.capbrief.extract.fetch.FetchLog.Entry;
import io.capbrief.extract.fetch.FetchLog.Validators;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The fetch log keeps every request, and a URL's next request is conditional on its last good one. */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:fetch-log;DB_CLOSE_DELAY=-1"})
class FetchLogStoreTest {

    private static final String DGS10 = "https://fred.stlouisfed.org/graph/fredgraph.csv?id=DGS10";

    @Autowired
    FetchLogStore log;

    @Test
    void theValidatorsAreThoseOfTheLastGoodFetchNotOfALaterFailure() {
        log.record(entry(DGS10, 200, "\"v1\"", "Thu, 21 Nov 2024 15:00:00 GMT", FetchLog.FETCHED));
        log.record(entry(DGS10, 304, "\"v2\"", null, FetchLog.NOT_MODIFIED));
        log.record(entry(DGS10, 503, "\"v3\"", null, FetchLog.ERROR));
        log.record(entry(DGS10, 200, "\"v4\"", null, FetchLog.REFUSED));

        assertThat(log.lastValidators(DGS10)).contains(new Validators("\"v2\"", null));
        assertThat(log.lastValidators("https://fred.stlouisfed.org/graph/fredgraph.csv?id=DFF")).isEmpty();
    }

    @Test
    void theLastSuccessIsTheTimeOfTheLastGoodFetchAPassingErrorLeavesIt() {
        String facts = "https://data.sec.gov/api/xbrl/companyfacts/CIK0000320193.json";
        log.record(new Entry("sec-facts", facts, 200, 10L, null, null, null, 5, FetchLog.FETCHED, null, LocalDateTime.of(2024, 11, 15, 18, 0)));
        log.record(new Entry("sec-facts", facts, 304, null, null, null, null, 5, FetchLog.NOT_MODIFIED, null, LocalDateTime.of(2024, 11, 21, 18, 0)));
        log.record(new Entry("sec-facts", facts, 503, null, null, null, null, 5, FetchLog.ERROR, null, LocalDateTime.of(2024, 11, 29, 18, 0)));

        assertThat(log.lastSuccess(facts)).contains(LocalDateTime.of(2024, 11, 21, 18, 0));
        assertThat(log.lastSuccess("https://data.sec.gov/api/xbrl/companyfacts/CIK0000789019.json")).isEmpty();
    }

    @Test
    void theLastRequestsComeNewestFirstWithEverythingRecorded() {
        String url = "https://www.sec.gov/files/company_tickers.json";
        log.record(new Entry("sec-tickers", url, 200, 812_345L, "\"e1\"", "Fri, 22 Nov 2024 06:00:00 GMT",
                "7cadea1afb786c6b7ff99f37fb8ed0f42a27847708ffb30c7aa8df06f8cc3b41", 412, FetchLog.FETCHED, null,
                LocalDateTime.of(2024, 11, 22, 18, 0, 1)));
        log.record(new Entry("sec-tickers", url, null, null, null, null, null, 10_000, FetchLog.ERROR, "timed out",
                LocalDateTime.of(2024, 11, 29, 18, 0, 1)));

        assertThat(log.last(2)).containsExactly(
                new Entry("sec-tickers", url, null, null, null, null, null, 10_000, FetchLog.ERROR, "timed out",
                        LocalDateTime.of(2024, 11, 29, 18, 0, 1)),
                new Entry("sec-tickers", url, 200, 812_345L, "\"e1\"", "Fri, 22 Nov 2024 06:00:00 GMT",
                        "7cadea1afb786c6b7ff99f37fb8ed0f42a27847708ffb30c7aa8df06f8cc3b41", 412, FetchLog.FETCHED, null,
                        LocalDateTime.of(2024, 11, 22, 18, 0, 1)));
    }

    private static Entry entry(String url, int status, String etag, String lastModified, String outcome) {
        return new Entry("dgs10", url, status, 10L, etag, lastModified, null, 5, outcome, null, LocalDateTime.of(2024, 11, 22, 18, 0));
    }
}
