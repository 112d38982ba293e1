package io.capbrief.schedule;

import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the configured cron trigger into the persistent Quartz store. A trigger already stored with
 * the same cron and zone is left as it is, so that a fire missed while the service was down is
 * still due when it comes back, and fires once (fire-and-proceed), not once per missed week.
 */
public class WeeklySchedule {

    public static final JobKey JOB = JobKey.jobKey("weeklyBriefing", "capbrief");
    public static final TriggerKey TRIGGER = TriggerKey.triggerKey("weeklyBriefing", "capbrief");

    private static final Logger log = LoggerFactory.getLogger(WeeklySchedule.class);

    private final Scheduler scheduler;
    private final ScheduleSettings settings;

    public WeeklySchedule(Scheduler scheduler, ScheduleSettings settings) {
        this.scheduler = scheduler;
        this.settings = settings;
    }

    /** Stores the job and its trigger, replacing the trigger only when the schedule changed; returns the trigger's next fire. */
    public Date register() throws SchedulerException {
        JobDetail job = JobBuilder.newJob(WeeklyBriefingQuartzJob.class).withIdentity(JOB)
                .withDescription("the weekly briefing of the last week ended").storeDurably().build();
        scheduler.addJob(job, true);
        Trigger stored = scheduler.getTrigger(TRIGGER);
        if (stored instanceof CronTrigger cron && cron.getCronExpression().equals(settings.cron())
                && Objects.equals(cron.getTimeZone().getID(), settings.zone().getId())) {
            log.info("Schedule unchanged ({} in {}); next run due {}", settings.cron(), settings.zone(), stored.getNextFireTime());
            return stored.getNextFireTime();
        }
        CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(TRIGGER).forJob(JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.cron())
                        .inTimeZone(TimeZone.getTimeZone(settings.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        Date next = stored == null ? scheduler.scheduleJob(trigger) : scheduler.rescheduleJob(TRIGGER, trigger);
        log.info("Scheduled the weekly briefing: {} in {}; next run due {}", settings.cron(), settings.zone(), next);
        return next;
    }
}
