package io.capbrief.extract.fetch;

import static io.capbrief.extract.fetch.LocalPublisher.body;
import static io.capbrief.extract.fetch.LocalPublisher.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.capbrief.RealData;
import io.capbrief.extract.SourcesManifest;
import io.capbrief.extract.fetch.FetchOutcome.Result;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetch against a publisher on a loopback port: polite, conditional, retried, and never half a file. */
class SourceFetcherTest {

    private static final String AGENT = "Acme Research ops@acme.example";
    /** 2024-11-21 12:00 UTC: the day a previous copy was written. */
    private static final Instant NOV_21 = Instant.parse("2024-11-21T12:00:00Z");

    @TempDir
    Path dir;

    LocalPublisher publisher;
    final List<FetchLog.Entry> logged = new ArrayList<>();
    final FetchLog log = new FetchLog() {
        @Override
        public void record(Entry entry) {
            logged.add(entry);
        }

        @Override
        public Optional<Validators> lastValidators(String url) {
            return logged.stream().filter(e -> e.url().equals(url) && List.of(FETCHED, UNCHANGED, NOT_MODIFIED).contains(e.outcome()))
                    .reduce((a, b) -> b).map(e -> new Validators(e.etag(), e.lastModified()));
        }

        @Override
        public Optional<LocalDateTime> lastSuccess(String url) {
            return logged.stream().filter(e -> e.url().equals(url) && List.of(FETCHED, UNCHANGED, NOT_MODIFIED).contains(e.outcome()))
                    .reduce((a, b) -> b).map(Entry::fetchedAt);
        }
    };
    SortedSet<String> constituents = new TreeSet<>();
    boolean storeHasHoldings = true;

    @BeforeEach
    void start() throws IOException {
        publisher = new LocalPublisher();
    }

    @AfterEach
    void stop() {
        publisher.close();
    }

    @Test
    void sendsTheUserAgentAndPutsTheWholeFileInPlace() throws Exception {
        byte[] dgs10 = Files.readAllBytes(RealData.file("rates/fred_DGS10__macro_charts.csv"));
        publisher.on("/graph/fredgraph.csv", (x, n) -> body(x, 200, dgs10, "ETag", "\"a1\""));

        List<FetchOutcome> outcomes = fetcher(AGENT).fetchAll(manifest(entry("dgs10", "fred-csv", "fred/DGS10.csv", "series: DGS10",
                "/graph/fredgraph.csv")));

        assertThat(outcomes).extracting(FetchOutcome::line).containsExactly("dgs10: fetched " + dir.resolve("fred/DGS10.csv") + " (93,772 bytes)");
        assertThat(publisher.seen).extracting(s -> s.headers().getFirst("User-Agent")).containsExactly(AGENT);
        assertThat(dir.resolve("fred/DGS10.csv")).hasBinaryContent(dgs10);
        assertThat(logged).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.bytes()).isEqualTo(93_772L);
            assertThat(e.sha256()).isEqualTo("7cadea1afb786c6b7ff99f37fb8ed0f42a27847708ffb30c7aa8df06f8cc3b41");
            assertThat(e.etag()).isEqualTo("\"a1\"");
            assertThat(e.outcome()).isEqualTo(FetchLog.FETCHED);
        });
        assertThat(filesIn(dir.resolve("fred"))).containsExactly("DGS10.csv");
    }

    @Test
    void anUnchangedFileCostsA304AndIsLeftUntouched() throws Exception {
        publisher.on("/DFF.csv", (x, n) -> {
            if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                status(x, 304, "ETag", "\"v1\"");
            } else {
                body(x, 200, "observation_date,DFF\n2024-11-21,4.58\n".getBytes(StandardCharsets.UTF_8),
                        "ETag", "\"v1\"", "Last-Modified", "Thu, 21 Nov 2024 15:00:00 GMT");
            }
        });
        SourcesManifest manifest = manifest(entry("dff", "fred-csv", "fred/DFF.csv", "series: DFF", "/DFF.csv"));
        SourceFetcher fetcher = fetcher(AGENT);
        fetcher.fetchAll(manifest);
        Path file = dir.resolve("fred/DFF.csv");
        Files.setLastModifiedTime(file, FileTime.from(NOV_21));

        List<FetchOutcome> again = fetcher.fetchAll(manifest);

        assertThat(again).extracting(FetchOutcome::line).containsExactly("dff: not modified (304)");
        assertThat(publisher.seen.get(1).headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(publisher.seen.get(1).headers().getFirst("If-Modified-Since")).isEqualTo("Thu, 21 Nov 2024 15:00:00 GMT");
        assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(NOV_21);
        assertThat(file).hasContent("observation_date,DFF\n2024-11-21,4.58\n");
        assertThat(logged).extracting(FetchLog.Entry::outcome).containsExactly(FetchLog.FETCHED, FetchLog.NOT_MODIFIED);
    }

    @Test
    void aFileDeletedSinceItsLastFetchIsAskedForWhole() throws Exception {
        publisher.on("/DFF.csv", (x, n) -> body(x, 200, "observation_date,DFF\n2024-11-21,4.58\n".getBytes(StandardCharsets.UTF_8),
                "ETag", "\"v1\""));
        SourcesManifest manifest = manifest(entry("dff", "fred-csv", "fred/DFF.csv", "series: DFF", "/DFF.csv"));
        SourceFetcher fetcher = fetcher(AGENT);
        fetcher.fetchAll(manifest);
        Files.delete(dir.resolve("fred/DFF.csv"));

        fetcher.fetchAll(manifest);

        assertThat(publisher.seen.get(1).headers().getFirst("If-None-Match")).isNull();
        assertThat(dir.resolve("fred/DFF.csv")).exists();
    }

    @Test
    void asksNoHostForMoreThanItsRateOfRequestsASecond() throws Exception {
        // 11 companies from one host at 10 a second: the 11th request comes at least 0.9 s after the first
        for (int i = 1; i <= 11; i++) {
            constituents.add(String.format("%010d", i));
        }
        for (String cik : constituents) {
            publisher.on("/api/CIK" + cik + ".json", (x, n) -> body(x, 200, "{\"cik\":1}".getBytes(StandardCharsets.UTF_8)));
        }
        // a first request to another host ("localhost", its own limit) opens the connection and warms both ends,
        // so the server sees the 11 requests when they are sent
        publisher.on("/warm.json", (x, n) -> body(x, 200, "{}".getBytes(StandardCharsets.UTF_8)));
        String warm = "  - { id: warm, format: sec-company-tickers-json, path: warm.json, url: \""
                + publisher.base().replace("127.0.0.1", "localhost") + "/warm.json\" }\n";

        List<FetchOutcome> outcomes = fetcher(AGENT, 10.0, 3).fetchAll(manifest(warm
                + entry("facts", "sec-companyfacts-json", "sec/CIK*.json", null, "/api/CIK{cik}.json")));

        assertThat(outcomes).hasSize(12).allMatch(o -> o.result() == Result.FETCHED);
        List<Long> nanos = publisher.seen.stream().skip(1).map(LocalPublisher.Seen::nanos).toList();
        assertThat(nanos).hasSize(11);
        for (int i = 0; i + 10 < nanos.size(); i++) {
            assertThat(Duration.ofNanos(nanos.get(i + 10) - nanos.get(i))).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        }
    }

    @Test
    void aCikUrlIsFetchedOncePerConstituentIntoThePathsStar() throws Exception {
        constituents.addAll(List.of("0000320193", "0000789019"));
        publisher.on("/api/xbrl/companyfacts/CIK0000320193.json", (x, n) -> body(x, 200, "{\"cik\":320193}".getBytes(StandardCharsets.UTF_8)));
        publisher.on("/api/xbrl/companyfacts/CIK0000789019.json", (x, n) -> body(x, 200, "{\"cik\":789019}".getBytes(StandardCharsets.UTF_8)));

        List<FetchOutcome> outcomes = fetcher(AGENT).fetchAll(manifest(
                entry("sec-facts", "sec-companyfacts-json", "sec/companyfacts/CIK*.json", null, "/api/xbrl/companyfacts/CIK{cik}.json")));

        assertThat(outcomes).extracting(FetchOutcome::result).containsExactly(Result.FETCHED, Result.FETCHED);
        assertThat(dir.resolve("sec/companyfacts/CIK0000320193.json")).hasContent("{\"cik\":320193}");
        assertThat(dir.resolve("sec/companyfacts/CIK0000789019.json")).hasContent("{\"cik\":789019}");
    }

    @Test
    void companyfactsComeOnlyForTheCompaniesWhoseSubmissionsShowAFilingSinceTheLastFetch() throws Exception {
        // companyfacts last fetched well on 2024-11-21 for all three; Apple filed since (the 25th), Microsoft only
        // an insider's Form 4 (no XBRL, nothing for the companyfacts), and Nvidia's companyfacts file is not there
        constituents.addAll(List.of("0000320193", "0000789019", "0001045810"));
        for (String cik : constituents) {
            logged.add(new FetchLog.Entry("sec-facts", publisher.base() + "/api/xbrl/companyfacts/CIK" + cik + ".json", 200, 20L, null,
                    null, "ab", 40, FetchLog.FETCHED, null, LocalDateTime.parse("2024-11-21T12:00:00")));
            publisher.on("/api/xbrl/companyfacts/CIK" + cik + ".json", (x, n) -> body(x, 200, ("{\"cik\":\"" + cik + "\",\"new\":1}")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        previousCopy("sec/companyfacts/CIK0000320193.json", "{\"cik\":320193}");
        previousCopy("sec/companyfacts/CIK0000789019.json", "{\"cik\":789019}");
        publisher.on("/submissions/CIK0000320193.json", (x, n) -> body(x, 200, submissions("320193", "2024-11-01 10-K", "2024-11-25 8-K")));
        publisher.on("/submissions/CIK0000789019.json", (x, n) -> body(x, 200, submissions("789019", "2024-11-26 4", "2024-11-15 8-K", "2024-10-30 10-Q")));
        publisher.on("/submissions/CIK0001045810.json", (x, n) -> body(x, 200, submissions("1045810", "2024-11-20 10-Q")));

        // the companyfacts entry comes first in the manifest: each company's submissions are still asked for before its facts
        List<FetchOutcome> outcomes = fetcher(AGENT).fetchAll(manifest(
                entry("sec-facts", "sec-companyfacts-json", "sec/companyfacts/CIK*.json", null, "/api/xbrl/companyfacts/CIK{cik}.json")
                        + entry("sec-submissions", "sec-submissions-json", "sec/submissions/CIK*.json", null, "/submissions/CIK{cik}.json")));

        assertThat(publisher.seen).extracting(LocalPublisher.Seen::path).containsExactly(
                "/submissions/CIK0000320193.json", "/api/xbrl/companyfacts/CIK0000320193.json",
                "/submissions/CIK0000789019.json",
                "/submissions/CIK0001045810.json", "/api/xbrl/companyfacts/CIK0001045810.json");
        assertThat(outcomes).filteredOn(o -> o.sourceId().equals("sec-facts")).extracting(FetchOutcome::result)
                .containsExactly(Result.FETCHED, Result.NOT_MODIFIED, Result.FETCHED);
        assertThat(outcomes).extracting(FetchOutcome::line).contains("sec-facts: not modified (no filing since 2024-11-21)");
        assertThat(dir.resolve("sec/companyfacts/CIK0000320193.json")).hasContent("{\"cik\":\"0000320193\",\"new\":1}");
        assertThat(dir.resolve("sec/companyfacts/CIK0000789019.json")).hasContent("{\"cik\":789019}");
        assertThat(dir.resolve("sec/companyfacts/CIK0001045810.json")).hasContent("{\"cik\":\"0001045810\",\"new\":1}");
        assertThat(outcomes).hasSize(6).noneMatch(FetchOutcome::failed);
    }

    @Test
    void companyfactsAreFetchedWhenTheCompanysSubmissionsCouldNotBe() throws Exception {
        // the kept submissions copy predates the week, so it cannot tell whether the company filed since
        constituents.add("0000789019");
        logged.add(new FetchLog.Entry("sec-facts", publisher.base() + "/api/xbrl/companyfacts/CIK0000789019.json", 200, 20L, null,
                null, "ab", 40, FetchLog.FETCHED, null, LocalDateTime.parse("2024-11-21T12:00:00")));
        previousCopy("sec/companyfacts/CIK0000789019.json", "{\"cik\":789019}");
        previousCopy("sec/submissions/CIK0000789019.json", new String(submissions("789019", "2024-11-15 10-Q"), StandardCharsets.UTF_8));
        publisher.on("/submissions/CIK0000789019.json", (x, n) -> status(x, 503));
        publisher.on("/api/xbrl/companyfacts/CIK0000789019.json", (x, n) -> body(x, 200, "{\"cik\":\"789019\"}".getBytes(StandardCharsets.UTF_8)));

        List<FetchOutcome> outcomes = fetcher(AGENT).fetchAll(manifest(
                entry("sec-submissions", "sec-submissions-json", "sec/submissions/CIK*.json", null, "/submissions/CIK{cik}.json")
                        + entry("sec-facts", "sec-companyfacts-json", "sec/companyfacts/CIK*.json", null, "/api/xbrl/companyfacts/CIK{cik}.json")));

        assertThat(outcomes).extracting(FetchOutcome::result).containsExactly(Result.FAILED, Result.FETCHED);
        assertThat(dir.resolve("sec/companyfacts/CIK0000789019.json")).hasContent("{\"cik\":\"789019\"}");
    }

    @Test
    void aFirstFetchTakesTheConstituentsFromTheHoldingsAndTickerMapItHasJustFetched() throws Exception {
        // an empty store: the constituents come from this fetch's own IWM file (BE, CRDO, ...) and ticker map
        storeHasHoldings = false;
        byte[] iwm = Files.readAllBytes(RealData.file("holdings/ishares_IWM_holdings_2025-11-05.csv"));
        publisher.on("/IWM_holdings.csv", (x, n) -> body(x, 200, iwm));
        publisher.on("/files/company_tickers.json", (x, n) -> body(x, 200, ("{\"0\": {\"cik_str\": 1664703, \"ticker\": \"BE\", "
                + "\"title\": \"Bloom Energy Corp\"}, \"1\": {\"cik_str\": 1807794, \"ticker\": \"CRDO\", \"title\": \"Credo\"}, "
                + "\"2\": {\"cik_str\": 320193, \"ticker\": \"AAPL\", \"title\": \"Apple Inc.\"}}").getBytes(StandardCharsets.UTF_8)));
        publisher.on("/api/CIK0001664703.json", (x, n) -> body(x, 200, "{\"cik\":1664703}".getBytes(StandardCharsets.UTF_8)));
        publisher.on("/api/CIK0001807794.json", (x, n) -> body(x, 200, "{\"cik\":1807794}".getBytes(StandardCharsets.UTF_8)));

        // the per-company entry comes first in the manifest, and still waits for the whole files
        List<FetchOutcome> outcomes = fetcher(AGENT).fetchAll(manifest(
                entry("sec-facts", "sec-companyfacts-json", "sec/companyfacts/CIK*.json", null, "/api/CIK{cik}.json")
                        + entry("iwm-holdings", "ishares-holdings-csv", "holdings/IWM_holdings_*.csv", "index: RUSSELL_2000", "/IWM_holdings.csv")
                        + entry("sec-tickers", "sec-company-tickers-json", "sec/company_tickers.json", null, "/files/company_tickers.json")));

        assertThat(publisher.seen).extracting(LocalPublisher.Seen::path).containsExactly(
                "/IWM_holdings.csv", "/files/company_tickers.json", "/api/CIK0001664703.json", "/api/CIK0001807794.json");
        assertThat(outcomes).extracting(FetchOutcome::result).containsOnly(Result.FETCHED).hasSize(4);
        assertThat(filesIn(dir.resolve("sec/companyfacts"))).containsExactly("CIK0001664703.json", "CIK0001807794.json");
    }

    @Test
    void aCikUrlIsSkippedWithTheReasonWhileNeitherLandingZoneNorStoreHasHoldings() throws Exception {
        storeHasHoldings = false;

        List<FetchOutcome> outcomes = fetcher(AGENT).fetchAll(manifest(
                entry("sec-facts", "sec-companyfacts-json", "sec/companyfacts/CIK*.json", null, "/api/CIK{cik}.json")));

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(Result.SKIPPED);
            assertThat(o.line()).startsWith("sec-facts: skipped (neither the landing zone nor the store has holdings and a ticker map yet");
        });
        assertThat(publisher.seen).isEmpty();
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() throws Exception {
        publisher.on("/DGS10.csv", (x, n) -> {
            if (n == 1) {
                status(x, 429, "Retry-After", "1");
            } else {
                body(x, 200, "observation_date,DGS10\n2024-11-21,4.43\n".getBytes(StandardCharsets.UTF_8));
            }
        });

        List<FetchOutcome> outcomes = fetcher(AGENT).fetchAll(manifest(entry("dgs10", "fred-csv", "fred/DGS10.csv", "series: DGS10", "/DGS10.csv")));

        assertThat(outcomes).extracting(FetchOutcome::result).containsExactly(Result.FETCHED);
        assertThat(Duration.ofNanos(publisher.seen.get(1).nanos() - publisher.seen.get(0).nanos())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(logged).extracting(FetchLog.Entry::status).containsExactly(429, 200);
    }

    @Test
    void a503TwiceThenA200Succeeds() throws Exception {
        publisher.on("/DGS10.csv", (x, n) -> {
            if (n <= 2) {
                status(x, 503);
            } else {
                body(x, 200, "observation_date,DGS10\n2024-11-21,4.43\n".getBytes(StandardCharsets.UTF_8));
            }
        });

        List<FetchOutcome> outcomes = fetcher(AGENT).fetchAll(manifest(entry("dgs10", "fred-csv", "fred/DGS10.csv", "series: DGS10", "/DGS10.csv")));

        assertThat(outcomes).extracting(FetchOutcome::line).containsExactly("dgs10: fetched " + dir.resolve("fred/DGS10.csv") + " (39 bytes, 3 tries)");
        assertThat(logged).extracting(FetchLog.Entry::status).containsExactly(503, 503, 200);
        assertThat(logged).extracting(FetchLog.Entry::outcome).containsExactly(FetchLog.ERROR, FetchLog.ERROR, FetchLog.FETCHED);
    }

    @Test
    void aFetchThatKeepsFailingKeepsThePreviousCopyAndSaysOfWhen() throws Exception {
        Path file = previousCopy("fred/DGS10.csv", "observation_date,DGS10\n2024-11-21,4.43\n");
        publisher.on("/DGS10.csv", (x, n) -> status(x, 503));

        List<FetchOutcome> outcomes = fetcher(AGENT).fetchAll(manifest(entry("dgs10", "fred-csv", "fred/DGS10.csv", "series: DGS10", "/DGS10.csv")));

        assertThat(outcomes).extracting(FetchOutcome::line).containsExactly("dgs10: fetch failed (503 after 3 tries), kept the copy of 2024-11-21");
        assertThat(file).hasContent("observation_date,DGS10\n2024-11-21,4.43\n");
        assertThat(filesIn(file.getParent())).containsExactly("DGS10.csv");
    }

    @Test
    void anHtmlPageWhereACsvWasExpectedIsRefusedNamingTheUrlAndTheOldCopyKept() throws Exception {
        Path file = previousCopy("fred/DGS10.csv", "observation_date,DGS10\n2024-11-21,4.43\n");
        publisher.on("/DGS10.csv", (x, n) -> body(x, 200,
                "<!DOCTYPE html>\n<html><body>Please sign in</body></html>".getBytes(StandardCharsets.UTF_8), "Content-Type", "text/html"));

        List<FetchOutcome> outcomes = fetcher(AGENT).fetchAll(manifest(entry("dgs10", "fred-csv", "fred/DGS10.csv", "series: DGS10", "/DGS10.csv")));

        assertThat(outcomes).extracting(FetchOutcome::line).containsExactly("dgs10: fetch failed (" + publisher.url("/DGS10.csv")
                + " sent an HTML page (an error or login page?) where a fred-csv file was expected), kept the copy of 2024-11-21");
        assertThat(file).hasContent("observation_date,DGS10\n2024-11-21,4.43\n");
        assertThat(filesIn(file.getParent())).containsExactly("DGS10.csv");
        assertThat(logged).extracting(FetchLog.Entry::outcome).containsExactly(FetchLog.REFUSED);
    }

    @Test
    void aBodyCutShortIsRefusedAndLeavesNoPartialFile() throws Exception {
        Path file = previousCopy("fred/DGS10.csv", "observation_date,DGS10\n2024-11-21,4.43\n");
        publisher.on("/DGS10.csv", (x, n) -> {
            x.sendResponseHeaders(200, 1000);
            OutputStream out = x.getResponseBody();
            out.write("observation_date,DGS10\n2024-11-22,4.4".getBytes(StandardCharsets.UTF_8));
            out.flush();
            // the connection closes 962 bytes short
        });

        List<FetchOutcome> outcomes = fetcher(AGENT).fetchAll(manifest(entry("dgs10", "fred-csv", "fred/DGS10.csv", "series: DGS10", "/DGS10.csv")));

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(Result.FAILED);
            assertThat(o.line()).startsWith("dgs10: fetch failed (").endsWith("after 3 tries), kept the copy of 2024-11-21");
        });
        assertThat(file).hasContent("observation_date,DGS10\n2024-11-21,4.43\n");
        assertThat(filesIn(file.getParent())).containsExactly("DGS10.csv");
    }

    @Test
    void refusesToFetchFromTheSecWithoutAUserAgent() throws Exception {
        // the client goes through the local server whatever the host, so a request made by mistake is seen here
        List<FetchOutcome> outcomes = new SourceFetcher(settings(null, 10.0, 3), log, this::ciks, v -> null,
                Clock.system(ZoneOffset.UTC), publisher.proxiedClient()).fetchAll(manifest(
                        "  - { id: sec-tickers, format: sec-company-tickers-json, path: sec/company_tickers.json, "
                                + "url: \"http://www.sec.gov/files/company_tickers.json\" }\n"));

        assertThat(outcomes).extracting(FetchOutcome::line).containsExactly("sec-tickers: fetch failed (refused: the SEC asks every "
                + "client to declare itself; set capbrief.fetch.user-agent to a name and a contact address, e.g. "
                + "\"Acme Research ops@acme.example\"), no previous copy of " + dir.resolve("sec/company_tickers.json"));
        assertThat(publisher.seen).isEmpty();
    }

    @Test
    void aHoldingsFileIsSavedUnderItsOwnAsOfDate() throws Exception {
        byte[] iwm = Files.readAllBytes(RealData.file("holdings/ishares_IWM_holdings_2025-11-05.csv"));
        publisher.on("/IWM_holdings.csv", (x, n) -> body(x, 200, iwm));

        List<FetchOutcome> outcomes = fetcher(AGENT).fetchAll(manifest(entry("iwm-holdings", "ishares-holdings-csv",
                "holdings/IWM_holdings_*.csv", "index: RUSSELL_2000", "/IWM_holdings.csv")));

        assertThat(outcomes).extracting(FetchOutcome::result).containsExactly(Result.FETCHED);
        assertThat(filesIn(dir.resolve("holdings"))).containsExactly("IWM_holdings_2025-11-05.csv");
    }

    @Test
    void headersComeFromTheEnvironmentAndAMissingVariableFailsTheEntry() throws Exception {
        publisher.on("/consensus.csv", (x, n) -> body(x, 200, "ticker,as_of\n".getBytes(StandardCharsets.UTF_8)));
        String entry = "  - { id: estimates, format: estimates-csv, path: estimates/consensus_*.csv, "
                + "url: \"" + publisher.url("/consensus.csv") + "\", headers: { Authorization: VENDOR_TOKEN } }\n";

        List<FetchOutcome> withToken = new SourceFetcher(settings(AGENT, 10.0, 3), log, this::ciks,
                v -> v.equals("VENDOR_TOKEN") ? "Bearer s3cret" : null, Clock.fixed(NOV_21, ZoneOffset.UTC), publisher.proxiedClient())
                .fetchAll(manifest(entry));
        List<FetchOutcome> without = fetcher(AGENT).fetchAll(manifest(entry));

        assertThat(withToken).extracting(FetchOutcome::result).containsExactly(Result.FETCHED);
        assertThat(publisher.seen).singleElement().satisfies(s -> assertThat(s.headers().getFirst("Authorization")).isEqualTo("Bearer s3cret"));
        assertThat(filesIn(dir.resolve("estimates"))).containsExactly("consensus_2024-11-21.csv");
        assertThat(without).extracting(FetchOutcome::line)
                .containsExactly("estimates: fetch failed (the environment variable VENDOR_TOKEN for its headers is not set)");
    }

    /** A company's SEC submissions, its recent filings given as "2024-11-25 10-Q"; a Form 4 carries no XBRL, the rest do. */
    private static byte[] submissions(String cik, String... filings) {
        List<String[]> parts = Stream.of(filings).map(f -> f.split(" ")).toList();
        String dates = parts.stream().map(f -> "\"" + f[0] + "\"").collect(Collectors.joining(", "));
        String forms = parts.stream().map(f -> "\"" + f[1] + "\"").collect(Collectors.joining(", "));
        String xbrl = parts.stream().map(f -> f[1].equals("4") ? "0" : "1").collect(Collectors.joining(", "));
        return ("{\"cik\": \"" + cik + "\", \"sic\": \"3571\", \"filings\": {\"recent\": {\"filingDate\": [" + dates
                + "], \"form\": [" + forms + "], \"isXBRL\": [" + xbrl + "]}, \"files\": []}}").getBytes(StandardCharsets.UTF_8);
    }

    private Optional<SortedSet<String>> ciks() {
        return storeHasHoldings ? Optional.of(constituents) : Optional.empty();
    }

    private SourceFetcher fetcher(String agent) {
        return fetcher(agent, 50.0, 3);
    }

    private SourceFetcher fetcher(String agent, double perSecond, int attempts) {
        return new SourceFetcher(settings(agent, perSecond, attempts), log, this::ciks, v -> null, Clock.system(ZoneOffset.UTC),
                publisher.proxiedClient());
    }

    private static FetchSettings settings(String agent, double perSecond, int attempts) {
        return new FetchSettings(agent, perSecond, Map.of(), Duration.ofSeconds(2), Duration.ofSeconds(5), attempts,
                Duration.ofMillis(10), Duration.ofSeconds(5));
    }

    private String entry(String id, String format, String path, String target, String urlPath) {
        return "  - { id: " + id + ", format: " + format + ", path: \"" + path + "\"" + (target == null ? "" : ", " + target)
                + ", url: \"" + publisher.base() + urlPath + "\" }\n";
    }

    private SourcesManifest manifest(String entries) throws IOException {
        Path file = dir.resolve("sources.yml");
        Files.writeString(file, "sources:\n" + entries);
        return SourcesManifest.read(file);
    }

    private Path previousCopy(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(NOV_21));
        return file;
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
