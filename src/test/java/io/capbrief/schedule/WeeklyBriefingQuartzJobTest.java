package io.capbrief.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.capbrief.job.DefaultSources;
import io.capbrief.job.RunHistory;
import io.capbrief.job.RunSettings;
import io.capbrief.job.WeeklyBriefingLauncher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/** The scheduled run on an empty landing zone: the week fails with the reason, recorded for `runs`, and nobody is mailed. */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "capbrief.landing-dir=target/quartz-job-test/landing",
        "capbrief.sources=target/quartz-job-test/config/sources.yml",
        "capbrief.out-dir=target/quartz-job-test/out",
        "spring.datasource.url=jdbc:h2:mem:quartz-job;DB_CLOSE_DELAY=-1"})
class WeeklyBriefingQuartzJobTest {

    private static final Path ROOT = Path.of("target/quartz-job-test");

    @Autowired
    WeeklyBriefingLauncher launcher;

    @Autowired
    DefaultSources sources;

    @Autowired
    RunSettings run;

    @Autowired
    RunHistory history;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void anEmptyLandingZone() throws Exception {
        FileSystemUtils.deleteRecursively(ROOT);
        Files.createDirectories(ROOT.resolve("landing"));
    }

    @Test
    void aScheduledRunOnAnEmptyLandingZoneFailsTheWeekWithTheReasonAndMailsNothing() throws Exception {
        // given the trigger firing on Monday 25 Nov 2024, which briefs Friday 22 Nov
        Clock monday = Clock.fixed(Instant.parse("2024-11-25T14:00:00Z"), ZoneOffset.UTC);
        WeeklyBriefingQuartzJob job = new WeeklyBriefingQuartzJob(launcher, sources, run,
                new ScheduleSettings("0 0 18 ? * FRI", ZoneId.of("America/New_York")), monday);
        JobExecutionContext fire = mock(JobExecutionContext.class);
        when(fire.getTrigger()).thenReturn(mock(Trigger.class));

        // when
        job.execute(fire);

        // then the week's run is recorded as failed, with the one-line reason
        RunHistory.Run last = history.latest(1).get(0);
        assertThat(last.week()).isEqualTo(LocalDate.of(2024, 11, 22));
        assertThat(last.status()).isEqualTo("FAILED");
        assertThat(last.exitMessage()).endsWith("no source files in ./target/quartz-job-test/landing: "
                + "run `capbrief fetch`, put files there, or try `capbrief demo`");
        // and nothing was briefed, mailed or written into the landing zone
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM briefing_version").query(Integer.class).single()).isZero();
        assertThat(ROOT.resolve("out")).doesNotExist();
        try (var landing = Files.list(ROOT.resolve("landing"))) {
            assertThat(landing).isEmpty();
        }
    }
}
