package io.capbrief.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark at a tiny scale: it runs every stage and reports what it measured. Timings are never asserted. */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void aTinyBenchmarkRunsEveryStageAndWritesBenchJson() {
        // given
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // the benchmark starts a store of its own, so it needs no application context around it
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        // when
        int exit = cli.execute("--companies", "30", "--years", "2", "--weeks", "3", "--past-runs", "5",
                "--out", dir.toString());

        // then
        assertThat(exit).as(err.toString()).isZero();
        JsonNode bench = JsonMapper.builder().build().readTree(dir.resolve("bench.json").toFile());
        assertThat(bench.path("scale").path("companies").asInt()).isEqualTo(30);
        assertThat(bench.path("scale").path("years").asInt()).isEqualTo(2);
        assertThat(bench.path("scale").path("weeks").asInt()).isEqualTo(3);
        assertThat(bench.path("machine").has("cores")).isTrue();
        assertThat(bench.path("machine").has("max_heap_mb")).isTrue();
        assertThat(bench.path("machine").has("java_version")).isTrue();
        for (String format : FormatIngest.FORMATS) {
            assertThat(bench.path("ingest").path(format).path("rows").asLong()).as(format).isPositive();
            assertThat(bench.path("ingest").path(format).has("rows_per_second")).as(format).isTrue();
        }
        // the reference loads exactly the facts the pipeline stored
        assertThat(bench.path("h2_bulk_load").path("facts").asLong())
                .isPositive()
                .isLessThanOrEqualTo(bench.path("ingest").path(FormatIngest.FACTS_FORMAT).path("rows").asLong());
        assertThat(bench.has("facts_ingest_ratio_to_h2_bulk_load")).isTrue();
        assertThat(bench.has("facts_ingest_cpu_ratio_to_h2_bulk_load")).isTrue();
        assertThat(bench.path("weekly_run").has("cpu_seconds")).isTrue();
        assertThat(bench.path("backfill").has("cpu_last10_to_first10")).isTrue();
        assertThat(bench.path("weekly_run").path("week").asString()).isEqualTo("2024-11-22");
        assertThat(bench.path("weekly_run").path("steps_seconds").properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("fetch", "plan", "extract", "publish", "figures", "render", "deliver");
        assertThat(bench.has("metrics_seconds")).isTrue();
        assertThat(bench.has("pdf_seconds")).isTrue();
        assertThat(bench.has("workbook_seconds")).isTrue();
        assertThat(bench.path("backfill").path("weeks").asInt()).isEqualTo(3);
        assertThat(bench.path("backfill").path("past_runs").asInt()).isEqualTo(5);
        assertThat(bench.path("backfill").path("seconds_per_week")).hasSize(3);
        assertThat(bench.path("backfill").has("first10_seconds_per_week")).isTrue();
        assertThat(bench.path("backfill").has("last10_seconds_per_week")).isTrue();
        assertThat(bench.path("backfill").has("last10_to_first10")).isTrue();
        assertThat(bench.path("peak_heap_mb").asLong()).isPositive();
        assertThat(bench.has("peak_rss_mb")).isTrue();
        assertThat(out.toString()).contains("facts ingest / H2 bulk load", "weekly run (warm store)", "backfill");
    }
}
