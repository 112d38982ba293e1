package io.capbrief.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.capbrief.job.DefaultSources;
import io.capbrief.job.WeekOutcome;
import io.capbrief.job.WeekParameters;
import io.capbrief.job.WeeklyBriefingLauncher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The weekly schedule on Quartz's persistent JDBC store: a due trigger launches the week through
 * the launcher, and a fire missed while the service was down runs once, naming the weeks to backfill.
 * The launcher is a mock here: what a launch does is the job's tests' business.
 */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:schedule;DB_CLOSE_DELAY=-1",
        "spring.quartz.scheduler-name=capbrief-schedule-test"})
class WeeklyScheduleTest {

    /** Monday 25 Nov 2024, 09:00 in New York: the scheduled run briefs Friday 22 Nov. */
    static final Instant MONDAY = Instant.parse("2024-11-25T14:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(MONDAY, ZoneOffset.UTC);
        }
    }

    @MockitoBean
    WeeklyBriefingLauncher launcher;

    @MockitoBean
    DefaultSources sources;

    @Autowired
    Scheduler scheduler;

    @Autowired
    WeeklySchedule schedule;

    @Autowired
    JdbcClient jdbc;

    /** What the scheduled job logs, read from the logger itself: console output depends on which test configured logging last. */
    private final ListAppender<ILoggingEvent> jobLog = new ListAppender<>();

    @BeforeEach
    void listenToTheJobsLog() {
        jobLog.start();
        ((Logger) LoggerFactory.getLogger(WeeklyBriefingQuartzJob.class)).addAppender(jobLog);
    }

    @BeforeEach
    void launcherAnswers() {
        when(sources.defaultManifest()).thenReturn(Path.of("config/sources.yml"));
        when(launcher.run(any())).thenAnswer(call -> new WeekOutcome(call.<WeekParameters>getArgument(0).week(),
                WeekOutcome.Status.ISSUED, 1, null, List.of(), "issued"));
    }

    @AfterEach
    void stopScheduler() throws Exception {
        ((Logger) LoggerFactory.getLogger(WeeklyBriefingQuartzJob.class)).detachAppender(jobLog);
        scheduler.standby();
        scheduler.clear();
        reset(launcher);
    }

    @Test
    void aDueTriggerLaunchesTheWeekThroughTheLauncher() throws Exception {
        // given a trigger every two seconds
        new WeeklySchedule(scheduler, new ScheduleSettings("*/2 * * * * ?", ZoneOffset.UTC)).register();

        // when
        scheduler.start();

        // then the last Friday before the clock's Monday is launched, unforced
        ArgumentCaptor<WeekParameters> launched = ArgumentCaptor.forClass(WeekParameters.class);
        verify(launcher, timeout(5_000).atLeastOnce()).run(launched.capture());
        assertThat(launched.getValue().week()).isEqualTo(LocalDate.of(2024, 11, 22));
        assertThat(launched.getValue().force()).isFalse();
        assertThat(launched.getValue().sources()).isEqualTo(Path.of("config/sources.yml").toAbsolutePath());
    }

    @Test
    void aFireMissedWhileTheServiceWasDownRunsOnceAndNamesTheWeeksToBackfill() throws Exception {
        // given the Friday trigger, last fired on 1 Nov 2024 and due three days ago, as a service stopped for weeks leaves it
        schedule.register();
        long dueThreeDaysAgo = Instant.now().minus(3, ChronoUnit.DAYS).toEpochMilli();
        jdbc.sql("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ?, PREV_FIRE_TIME = ? WHERE TRIGGER_NAME = ?")
                .params(dueThreeDaysAgo, Instant.parse("2024-11-01T22:00:00Z").toEpochMilli(), WeeklySchedule.TRIGGER.getName())
                .update();

        // when the service comes back
        scheduler.start();

        // then the week runs once, not once per missed Friday, and the next fire is a Friday to come
        verify(launcher, timeout(5_000)).run(any());
        Thread.sleep(1_000);
        verify(launcher, times(1)).run(any());
        Trigger trigger = scheduler.getTrigger(WeeklySchedule.TRIGGER);
        assertThat(trigger.getNextFireTime().toInstant()).isAfter(Instant.now());
        assertThat(trigger.getMisfireInstruction()).isEqualTo(org.quartz.CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        // and the fires of 8, 15 and 22 Nov were missed: 22 Nov runs now, the others are for the operator
        assertThat(jobLog.list).extracting(ILoggingEvent::getFormattedMessage).anySatisfy(m -> assertThat(m).contains("weeks ending [2024-11-08, 2024-11-15]",
                "To backfill the others: capbrief run --from 2024-11-08 --to 2024-11-15"));
    }

    @Test
    void anUnchangedScheduleKeepsItsStoredNextFire() throws Exception {
        // given the stored trigger is due at a time of its own, as after a missed fire
        schedule.register();
        long due = Instant.now().minus(3, ChronoUnit.DAYS).toEpochMilli();
        jdbc.sql("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = ?")
                .params(due, WeeklySchedule.TRIGGER.getName()).update();

        // when serve starts again with the same settings
        schedule.register();

        // then the missed fire is still due, so it is not lost
        assertThat(scheduler.getTrigger(WeeklySchedule.TRIGGER).getNextFireTime().getTime()).isEqualTo(due);
    }
}
