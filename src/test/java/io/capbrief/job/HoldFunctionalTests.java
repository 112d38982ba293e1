package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The relative sanity limits compare a week with the issued briefing of the week before, and only with that. */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:hold-relative;DB_CLOSE_DELAY=-1"})
class HoldFunctionalTests {

    @Autowired
    WeeklyBriefingLauncher launcher;

    @TempDir
    Path dir;

    @Test
    void aForwardPeThatJumpsFromTheWeekBeforeIsHeldButAfterAGapOnlyTheAbsoluteLimitsCount() throws IOException {
        // given the valuation fixture, with AAA's NTM EPS cut from 6 to 2 on 2024-10-24 (its P/E triples)
        Path manifest = ValuationFixtures.twoHoldingsUniverse(dir, "");
        Files.writeString(dir.resolve("estimates.csv"), Files.readString(dir.resolve("estimates.csv")) + "AAA,2024-10-24,2025-06-30,,,2,4\n");

        // when the weeks of 18 and 25 October are briefed, then 22 November after a gap of four weeks
        WeekOutcome before = launcher.run(new WeekParameters(LocalDate.of(2024, 10, 18), manifest, dir.resolve("out")));
        WeekOutcome jump = launcher.run(new WeekParameters(LocalDate.of(2024, 10, 25), manifest, dir.resolve("out")));
        WeekOutcome afterGap = launcher.run(new WeekParameters(LocalDate.of(2024, 11, 22), manifest, dir.resolve("out")));

        // then 25 October is held against 18 October: 1 / (0.4 x 2/110 - 0.3 x 1/50 + 0.3 x 2/40) = 61.45x
        // against 1 / (0.5 x 6/100 - 0.3 x 1/50 + 0.2 x 2/40) = 29.41x, +109%
        assertThat(before.status()).as(before.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        assertThat(jump.status()).as(jump.message()).isEqualTo(WeekOutcome.Status.HELD);
        assertThat(jump.message()).isEqualTo("held, not mailed: Russell 2000 forward P/E 61.5x against 29.4x the week before "
                + "(+109%, limit 25%); release it with capbrief release --week 2024-10-25 --version 1");
        // and 22 November has no issued week before it (15 November was not briefed): only the absolute limits, which it passes
        assertThat(afterGap.status()).as(afterGap.message()).isEqualTo(WeekOutcome.Status.ISSUED);
    }
}
