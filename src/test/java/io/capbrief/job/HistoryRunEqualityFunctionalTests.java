package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import io.capbrief.metrics.HistoryFigures;
import io.capbrief.report.FiguresJsonWriter;
import io.capbrief.store.HistoryPointStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A history point is the very figure a briefing of its week gives: a real run of 2024-10-25 on a fresh store, then the point. */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:history-equality;DB_CLOSE_DELAY=-1"})
class HistoryRunEqualityFunctionalTests {

    @Autowired
    WeeklyBriefingLauncher launcher;

    @Autowired
    HistoryPointStore points;

    @TempDir
    Path dir;

    @Test
    void aHistoryPointEqualsTheBriefingOfItsWeek() throws IOException {
        // given a fresh store, and the fixture of HistoryFunctionalTests
        Path manifest = ValuationFixtures.twoHoldingsUniverse(dir, "");

        // when 2024-10-25 is briefed, then 2024-11-22, whose history holds 2024-10-25 as a point
        WeekOutcome october = launcher.run(new WeekParameters(HistoryFunctionalTests.OCT, manifest, dir.resolve("out")));
        WeekOutcome november = launcher.run(new WeekParameters(HistoryFunctionalTests.WEEK, manifest, dir.resolve("out")));

        // then
        assertThat(october.status()).as(october.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        assertThat(november.status()).as(november.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        Map<String, Double> briefed = FiguresJsonWriter.figures(Files.readString(october.versionDir().resolve("figures.json")));
        Map<String, Double> point = points.pointsBefore(HistoryFunctionalTests.WEEK).get(HistoryFunctionalTests.OCT);
        assertThat(briefed.get("RUSSELL_2000.fwd_pe")).isNotNull();
        for (String name : HistoryFigures.NAMES) {
            assertThat(point.get(name)).as(name).isEqualTo(briefed.get(name));
        }
        // and the point is no briefing: nothing was issued for it but the two weeks run
        assertThat(Files.list(dir.resolve("out")).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder(LocalDate.of(2024, 10, 25).toString(), "2024-11-22", "outbox");
    }
}
