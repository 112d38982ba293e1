package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * METRICS.md section 9 end to end: values that parse but cannot be true. A row that cannot be true is
 * quarantined and listed on the workbook's Data quality sheet; a file that cannot be true fails the run,
 * naming itself and the rule, and leaves the store as it was.
 */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:implausible-values;DB_CLOSE_DELAY=-1"})
class ImplausibleValuesFunctionalTests {

    private static final List<String> TABLES = List.of("source_load", "series_point", "holding", "rejected_row",
            "week_figure", "briefing_version", "delivery");

    /** The run's clock: Monday 9 Dec 2024, after every week briefed here, long before 2099. */
    @TestConfiguration
    static class RunClock {
        @Bean
        @Primary
        Clock runClock() {
            return Clock.fixed(Instant.parse("2024-12-09T14:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    WeeklyBriefingLauncher launcher;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void listsANegativeCloseAndAFutureDatedRowOnTheDataQualitySheetAndBriefsTheRest() throws IOException {
        // given a price file whose last close is negative and which has a row dated 2099 (after today on the run's clock)
        Files.writeString(dir.resolve("RUT.csv"), """
                Date,Open,High,Low,Close,Volume
                2024-11-15,2300.0,2310.0,2290.0,2303.84,1
                2024-11-18,2300.0,2310.0,2290.0,2306.57,1
                2024-11-19,2300.0,2310.0,2290.0,2310.26,1
                2024-11-20,2300.0,2340.0,2290.0,2330.93,1
                2024-11-21,2330.0,2360.0,2320.0,2355.42,1
                2024-11-22,2366.44,2409.22,2366.44,-2406.67,0
                2099-01-01,2400.0,2400.0,2400.0,2400.0,0
                """);
        Files.writeString(dir.resolve("DGS10.csv"), "observation_date,DGS10\n2024-11-15,4.43\n2024-11-22,4.41\n");
        Path manifest = write("sources.yml", """
                sources:
                  - { id: rut,   format: price-csv, path: RUT.csv,   index: RUSSELL_2000 }
                  - { id: dgs10, format: fred-csv,  path: DGS10.csv, series: DGS10 }
                """);

        // when
        WeekOutcome outcome = launcher.run(new WeekParameters(LocalDate.of(2024, 11, 22), manifest, dir.resolve("out")));

        // then the week is briefed on the other closes, 2355.42 the latest
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        assertThat(jdbc.sql("SELECT val FROM series_point WHERE series = 'RUSSELL_2000' ORDER BY obs_date DESC")
                .query(Double.class).list()).first().isEqualTo(2355.42);
        List<String> quality = ValuationFixtures.dataQuality(outcome);
        assertThat(quality).anyMatch(line -> line.startsWith("RUT.csv | ")
                && line.contains("line 7, Close '-2406.67': Close '-2406.67' is at or below 0 (a close must be above 0)")
                && line.contains("quarantined: row not loaded"));
        assertThat(quality).anyMatch(line -> line.startsWith("RUT.csv | ")
                && line.contains("line 8, date '2099-01-01': date 2099-01-01 is after 2024-12-09, the day the file was loaded: a future date")
                && line.contains("quarantined: row not loaded"));
    }

    @Test
    void aHoldingsFileWhoseEquityWeightsSumTo300PercentFailsTheRunNamingFileAndSumAndLeavesTheStoreAsItWas()
            throws IOException {
        // given a good rate file, then a holdings file with three constituents of 100% each
        Files.writeString(dir.resolve("DGS10.csv"), "observation_date,DGS10\n2024-11-29,4.18\n");
        Path holdings = dir.resolve("IWM.csv");
        Files.writeString(holdings, ValuationFixtures.ishares("Nov 29, 2024",
                ValuationFixtures.holding("AAA", "ALPHA CORP", "Industrials", "100.00", "100.00"),
                ValuationFixtures.holding("BBB", "BETA BANK", "Financials", "100.00", "50.00"),
                ValuationFixtures.holding("CCC", "GAMMA SOFT", "Information Technology", "100.00", "40.00")));
        Path manifest = write("sources.yml", """
                sources:
                  - { id: dgs10-300-test, format: fred-csv,             path: DGS10.csv, series: DGS10 }
                  - { id: iwm-300-test,   format: ishares-holdings-csv, path: IWM.csv,   index: RUSSELL_2000 }
                """);
        Map<String, Integer> rowsBefore = rowCounts();

        // when
        WeekOutcome outcome = launcher.run(new WeekParameters(LocalDate.of(2024, 11, 29), manifest, dir.resolve("out")));

        // then
        assertThat(outcome.status()).isEqualTo(WeekOutcome.Status.FAILED);
        assertThat(outcome.message()).isEqualTo(holdings + ": the equity weights sum to 300.00%, outside [90%, 110%] of the fund: "
                + "a mislabelled or truncated holdings file");
        assertThat(rowCounts()).isEqualTo(rowsBefore);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aFredFileOfBinaryGarbageFailsTheRunNamingFileAndByteOffset() throws IOException {
        // given a series file that is a gzip body, not the CSV it was named for
        Path garbage = dir.resolve("DFF.csv");
        Files.write(garbage, new byte[] {0x1F, (byte) 0x8B, 0x08, 0x00, 0x00, 0x00});
        Path manifest = write("sources.yml", """
                sources:
                  - { id: dff-binary-test, format: fred-csv, path: DFF.csv, series: DFF }
                """);
        Map<String, Integer> rowsBefore = rowCounts();

        // when
        WeekOutcome outcome = launcher.run(new WeekParameters(LocalDate.of(2024, 12, 6), manifest, dir.resolve("out")));

        // then
        assertThat(outcome.status()).isEqualTo(WeekOutcome.Status.FAILED);
        assertThat(outcome.message())
                .isEqualTo(garbage + " line 1: not a text file: byte 0x1F at offset 0 is a control character (a binary file?)");
        assertThat(rowCounts()).isEqualTo(rowsBefore);
    }

    private Map<String, Integer> rowCounts() {
        return TABLES.stream().collect(Collectors.toMap(t -> t,
                t -> jdbc.sql("SELECT COUNT(*) FROM " + t).query(Integer.class).single()));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
