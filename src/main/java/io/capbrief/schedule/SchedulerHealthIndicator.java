package io.capbrief.schedule;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Health of {@code capbrief serve}'s scheduler: up while it runs with the weekly trigger in place. */
class SchedulerHealthIndicator extends AbstractHealthIndicator {

    private final Scheduler scheduler;

    SchedulerHealthIndicator(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) throws SchedulerException {
        Trigger trigger = scheduler.getTrigger(WeeklySchedule.TRIGGER);
        boolean running = scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
        health.status(running && trigger != null ? "UP" : "DOWN")
                .withDetail("state", scheduler.isShutdown() ? "shut down" : scheduler.isInStandbyMode() ? "standby" : "running")
                .withDetail("runningJobs", scheduler.getCurrentlyExecutingJobs().size());
        if (trigger == null) {
            health.withDetail("trigger", "none: the weekly schedule is not registered");
            return;
        }
        health.withDetail("trigger", String.valueOf(scheduler.getTriggerState(WeeklySchedule.TRIGGER)))
                .withDetail("nextRun", String.valueOf(trigger.getNextFireTime().toInstant()))
                .withDetail("lastRun", trigger.getPreviousFireTime() == null ? "never" : trigger.getPreviousFireTime().toInstant().toString());
    }
}
