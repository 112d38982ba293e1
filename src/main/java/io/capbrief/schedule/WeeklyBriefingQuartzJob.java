package io.capbrief.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import io.capbrief.job.DefaultSources;
import io.capbrief.job.RunSettings;
import io.capbrief.job.WeekOutcome;
import io.capbrief.job.WeekParameters;
import io.capbrief.job.WeeklyBriefingLauncher;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled run: briefs the last week ended, through the same launcher as {@code capbrief run},
 * and names the weeks a stopped service missed with the command that backfills them.
 */
@DisallowConcurrentExecution
public class WeeklyBriefingQuartzJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(WeeklyBriefingQuartzJob.class);

    private final WeeklyBriefingLauncher launcher;
    private final DefaultSources sources;
    private final RunSettings run;
    private final ScheduleSettings schedule;
    private final Clock clock;

    public WeeklyBriefingQuartzJob(WeeklyBriefingLauncher launcher, DefaultSources sources, RunSettings run,
            ScheduleSettings schedule, Clock clock) {
        this.launcher = launcher;
        this.sources = sources;
        this.run = run;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Instant now = clock.instant();
        LocalDate week = ScheduledWeeks.weekFor(now, schedule.zone());
        reportMissed(context, now, week);
        log.info("Scheduled run (trigger {}, due {}): briefing the week ending {}", context.getTrigger().getKey(),
                context.getScheduledFireTime(), week);
        // The default manifest unchecked: an empty landing zone fails the week's run in its first step, recorded for `runs`.
        WeekOutcome outcome = launcher.run(new WeekParameters(week, sources.defaultManifest(), run.outDir()));
        if (outcome.failed()) {
            log.error("Scheduled run of the week ending {} {}: {}", week, outcome.status(), outcome.message());
        } else {
            log.info("Scheduled run of the week ending {}: {} (version {})", week, outcome.message(), outcome.version());
        }
    }

    private void reportMissed(JobExecutionContext context, Instant now, LocalDate week) {
        Date last = context.getPreviousFireTime() != null ? context.getPreviousFireTime() : context.getTrigger().getStartTime();
        if (last == null) {
            return;
        }
        List<LocalDate> missed = ScheduledWeeks.missed(schedule.cron(), schedule.zone(), last.toInstant(), now, week);
        if (!missed.isEmpty()) {
            log.warn("The service was down for {} scheduled run(s), weeks ending {}; running only the latest ({}) now. "
                    + "To backfill the others: capbrief run --from {} --to {}", missed.size(), missed, week,
                    missed.get(0), missed.get(missed.size() - 1));
        }
    }
}
