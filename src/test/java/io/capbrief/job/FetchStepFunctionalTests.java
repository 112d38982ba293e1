package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import io.capbrief.report.FiguresJsonWriter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The weekly job fetches the manifest's url: entries first: a week briefs what it downloaded, a
 * failed download keeps the old copy and says so in the data notes, and --no-fetch asks nothing.
 * The publisher is a JDK HttpServer on loopback.
 */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "capbrief.fetch.retry-attempts=2",
        "capbrief.fetch.retry-backoff=10ms",
        "spring.datasource.url=jdbc:h2:mem:fetch-step;DB_CLOSE_DELAY=-1"})
class FetchStepFunctionalTests {

    @Autowired
    WeeklyBriefingLauncher launcher;

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int status = 200;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aWeekBriefsWhatItFetchedAndAFailedFetchKeepsTheOldCopyAndSaysSo() throws IOException {
        // given FRED's DGS10 download on a local publisher
        byte[] body = "observation_date,DGS10\n2024-11-21,4.43\n2024-11-22,4.41\n".getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/graph/fredgraph.csv", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "text/csv");
            if (status == 200) {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(status, -1);
            }
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/graph/fredgraph.csv?id=DGS10";
        Path manifest = dir.resolve("sources.yml");
        Files.writeString(manifest, """
                sources:
                  - { id: dgs10, format: fred-csv, path: fred/DGS10.csv, series: DGS10, url: "%s" }
                """.formatted(url));

        // when the week runs on an empty folder
        WeekOutcome first = launcher.run(new WeekParameters(LocalDate.of(2024, 11, 22), manifest, dir.resolve("out")));

        // then it fetched the file and briefed it
        assertThat(first.status()).as(first.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        assertThat(Files.readAllBytes(dir.resolve("fred/DGS10.csv"))).isEqualTo(body);
        assertThat(figures(first).get("RATES.DGS10")).isCloseTo(4.41, within(1e-12));

        // when the publisher fails (503 on both tries) for the next week
        status = 503;
        WeekOutcome second = launcher.run(new WeekParameters(LocalDate.of(2024, 11, 29), manifest, dir.resolve("out")));

        // then the week runs on the old copy, fresh enough (its last rate is of the 22nd, 7 days before), and its data notes say so
        assertThat(second.status()).as(second.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        assertThat(Files.readAllBytes(dir.resolve("fred/DGS10.csv"))).isEqualTo(body);
        assertThat(ValuationFixtures.dataQuality(second)).anyMatch(line -> line.startsWith("fetch | ")
                && line.contains("dgs10: fetch failed (503 after 2 tries), kept the copy of " + LocalDate.now()));

        // and with --no-fetch nothing is asked; a week later that copy is too old for METRICS.md section 9: the week is held
        int asked = requests.get();
        WeekOutcome third = launcher.run(new WeekParameters(LocalDate.of(2024, 12, 6), manifest, dir.resolve("out"), false, false));
        assertThat(third.status()).as(third.message()).isEqualTo(WeekOutcome.Status.HELD);
        assertThat(third.message()).isEqualTo("held, not mailed: DGS10: latest observation 2024-11-22, 14 days before the week "
                + "(limit 7); release it with capbrief release --week 2024-12-06 --version 1");
        assertThat(requests.get()).isEqualTo(asked);
    }

    private static Map<String, Double> figures(WeekOutcome outcome) throws IOException {
        return FiguresJsonWriter.figures(Files.readString(outcome.versionDir().resolve("figures.json")));
    }
}
