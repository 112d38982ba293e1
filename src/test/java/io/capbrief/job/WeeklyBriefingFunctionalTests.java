package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.capbrief.RealData;
import io.capbrief.report.FiguresJsonWriter;
import io.capbrief.sample.SampleLandingZone;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The weekly job end to end on the real public files: figures, idempotence, and bad input. */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:weekly-functional;DB_CLOSE_DELAY=-1"})
class WeeklyBriefingFunctionalTests {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);
    private static final List<String> TABLES = List.of("source_load", "series_point", "week_figure", "briefing_version",
            "delivery", "BATCH_JOB_EXECUTION", "BATCH_STEP_EXECUTION");

    @Autowired
    WeeklyBriefingLauncher launcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobRepository jobRepository;

    @TempDir
    Path dir;

    @Test
    void briefsTheRealFilesThenTreatsARerunOfTheCompletedWeekAsDone() throws IOException {
        // given
        Path manifest = write("real.yml", """
                sources:
                  - { id: rut,    format: price-csv, path: %s, index: RUSSELL_2000 }
                  - { id: sp500,  format: fred-csv,  path: %s, index: SP_500 }
                  - { id: nasdaq, format: fred-csv,  path: %s, index: NASDAQ_COMPOSITE }
                  - { id: dgs10,  format: fred-csv,  path: %s, series: DGS10 }
                events:
                  - { id: us-election, date: 2024-11-05, label: US election }
                """.formatted(RealData.file("index_prices/yahoo_RUT.csv"),
                RealData.file("index_prices/fred_SP500__macro_monitor.csv"),
                RealData.file("index_prices/fred_NASDAQCOM__fred_relay_2023-08-15_on.csv"),
                RealData.file("rates/fred_DGS10__macro_charts.csv")));
        Path out = dir.resolve("out");

        // when
        WeekOutcome first = launcher.run(new WeekParameters(WEEK, manifest, out));

        // then
        assertThat(first.status()).as(first.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        assertThat(first.version()).isEqualTo(1);
        Path v1 = out.resolve("2024-11-22/v1");
        assertThat(first.versionDir()).isEqualTo(v1);
        Map<String, Double> figures = FiguresJsonWriter.figures(Files.readString(v1.resolve("figures.json")));
        // 2406.669921875 / 2260.840087890625 - 1 and 2406.669921875 / 2027.0699462890625 - 1
        assertThat(figures.get("RUSSELL_2000.return.event.us-election")).isCloseTo(0.0645025, within(1e-6));
        assertThat(figures.get("RUSSELL_2000.return.ytd")).isCloseTo(0.1872654, within(1e-6));
        // 5969.34 / 4769.83 - 1; 19003.65 / 15011.35 - 1
        assertThat(figures.get("SP_500.return.ytd")).isCloseTo(0.2514786, within(1e-6));
        assertThat(figures.get("NASDAQ_COMPOSITE.return.ytd")).isCloseTo(0.2659521, within(1e-6));
        assertThat(figures.get("RATES.DGS10")).isEqualTo(4.41);
        assertThat(figures.get("RATES.DGS10.change_bp.1w")).isCloseTo(-2.0, within(1e-9)); // (4.41 - 4.43) * 100
        assertThat(figures).containsEntry("RATES.DFF", null); // no DFF source: empty, never 0
        assertThat(first.mails()).singleElement()
                .satisfies(eml -> assertThat(Files.readString(eml)).contains("Subject: =?UTF-8?"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM series_point").query(Integer.class).single())
                .isEqualTo(3053 + 2514 + 764 + 5896);

        // when the completed week runs again
        Map<String, Integer> rowsBefore = rowCounts();
        List<Path> filesBefore = files(out);
        WeekOutcome again = launcher.run(new WeekParameters(WEEK, manifest, out));

        // then nothing changes: not a row, not a file, not a mail
        assertThat(again.status()).isEqualTo(WeekOutcome.Status.ALREADY_DONE);
        assertThat(again.versionDir()).isEqualTo(v1);
        assertThat(again.mails()).isEmpty();
        assertThat(rowCounts()).isEqualTo(rowsBefore);
        assertThat(files(out)).isEqualTo(filesBefore);
    }

    @Test
    void aBadSourceFileStopsTheRunNamingFileAndLineAndLeavesTheStoreAsItWas() throws IOException {
        // given a good rate file followed by a price file with a non-numeric close on line 4
        Files.writeString(dir.resolve("DFF.csv"), "observation_date,DFF\n2024-11-21,4.58\n2024-11-22,4.58\n");
        Path bad = dir.resolve("RUT.csv");
        Files.writeString(bad, "Date,Close\n2024-11-20,2330.0\n2024-11-21,2340.0\n2024-11-22,abc\n");
        Path manifest = write("bad.yml", """
                sources:
                  - { id: dff-bad-test, format: fred-csv,  path: DFF.csv, series: DFF }
                  - { id: rut-bad-test, format: price-csv, path: RUT.csv, index: RUSSELL_2000 }
                """);
        Map<String, Integer> rowsBefore = rowCounts();

        // when
        WeekOutcome outcome = launcher.run(new WeekParameters(LocalDate.of(2024, 11, 29), manifest, dir.resolve("out")));

        // then
        assertThat(outcome.status()).isEqualTo(WeekOutcome.Status.FAILED);
        assertThat(outcome.message()).isEqualTo(bad + " line 4: Close 'abc' is not a number");
        Map<String, Integer> rowsAfter = rowCounts();
        for (String table : List.of("source_load", "series_point", "week_figure", "briefing_version", "delivery")) {
            assertThat(rowsAfter.get(table)).as(table).isEqualTo(rowsBefore.get(table));
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void recoversARunLeftStartedByAProcessThatDiedAndCompletesTheWeek() {
        // given an execution left STARTED in the middle of its plan step, as a kill -9 leaves it
        Path landing = dir.resolve("landing");
        new SampleLandingZone().writeMarket(landing);
        WeekParameters params = new WeekParameters(LocalDate.of(2024, 11, 15), landing.resolve("sources.yml"), dir.resolve("out"));
        JobInstance instance = jobRepository.createJobInstance(WeeklyBriefingJobConfiguration.JOB_NAME, params.toJobParameters());
        JobExecution stale = jobRepository.createJobExecution(instance, params.toJobParameters(), new ExecutionContext());
        stale.setStatus(BatchStatus.STARTED);
        stale.setStartTime(LocalDateTime.now());
        jobRepository.update(stale);
        StepExecution step = jobRepository.createStepExecution("plan", stale);
        step.setStatus(BatchStatus.STARTED);
        jobRepository.update(step);

        // when
        WeekOutcome outcome = launcher.run(params);

        // then
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        assertThat(jobRepository.getJobExecution(stale.getId()).getStatus().isRunning()).isFalse();
        assertThat(dir.resolve("out/2024-11-15/v1/briefing.pdf")).exists();
    }

    private Map<String, Integer> rowCounts() {
        return TABLES.stream().collect(java.util.stream.Collectors.toMap(t -> t,
                t -> jdbc.sql("SELECT COUNT(*) FROM " + t).query(Integer.class).single()));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.sorted().toList();
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
