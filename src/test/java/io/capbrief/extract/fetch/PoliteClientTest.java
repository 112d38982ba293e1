package io.capbrief.extract.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.capbrief.SilentServer;
import io.capbrief.extract.SourceFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A publisher that stalls cannot hold the fetch: each try ends at the read timeout, and is retried. */
class PoliteClientTest {

    /** 1 s to connect and 1 s a try; two tries, 10 ms apart. */
    private static final FetchSettings SHORT = new FetchSettings("Acme Research ops@acme.example", null, null,
            Duration.ofSeconds(1), Duration.ofSeconds(1), 2, Duration.ofMillis(10), null);

    @TempDir
    Path dir;

    @Test
    @Timeout(15) // a fetch without timeouts would wait for ever
    void aServerThatAcceptsAndSendsNothingTimesOutEachTry() throws Exception {
        try (SilentServer silent = SilentServer.start()) {
            assertTimesOutTwice(silent);
        }
    }

    @Test
    @Timeout(15)
    void aServerThatSendsTheHeadersAndStallsTheBodyTimesOutEachTry() throws Exception {
        try (SilentServer stalling = SilentServer.stallingAfter(
                "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: 100000\r\n\r\nobservation_date,DGS10\n2024-11-21,4.43\n")) {
            assertTimesOutTwice(stalling);
        }
    }

    @Test
    @Timeout(15)
    void aHostThatNeverCompletesTheConnectionTimesOutAtTheConnectTimeout() throws Exception {
        Optional<SilentServer> unreachable = SilentServer.withFullBacklog();
        assumeTrue(unreachable.isPresent(), "this system refuses a connection to a full backlog rather than dropping it");
        try (SilentServer server = unreachable.get()) {
            long start = System.nanoTime();

            // a try may take 3 s in all, its connection 1 s
            FetchSettings connectFirst = new FetchSettings("Acme Research ops@acme.example", null, null, Duration.ofSeconds(1),
                    Duration.ofSeconds(3), 2, Duration.ofMillis(10), null);

            assertThat(get(server, connectFirst)).extracting(PoliteClient.Attempt::describe)
                    .containsExactly("timed out after 1 s connecting", "timed out after 1 s connecting");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        }
    }

    private void assertTimesOutTwice(SilentServer server) throws InterruptedException {
        long start = System.nanoTime();

        List<PoliteClient.Attempt> attempts = get(server, SHORT);

        assertThat(attempts).extracting(PoliteClient.Attempt::describe)
                .containsExactly("timed out after 1 s", "timed out after 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(server.connections()).isEqualTo(2);
    }

    private List<PoliteClient.Attempt> get(SilentServer server, FetchSettings settings) throws InterruptedException {
        FetchRequest request = new FetchRequest("dgs10", SourceFormat.FRED_CSV,
                URI.create("http://127.0.0.1:" + server.port() + "/graph/fredgraph.csv"), dir.resolve("DGS10.csv"), Map.of());
        return new PoliteClient(settings, HttpClient.newBuilder()).get(request, Optional.empty(), dir.resolve("DGS10.csv.part"));
    }
}
