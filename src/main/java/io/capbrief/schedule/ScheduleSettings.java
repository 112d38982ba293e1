package io.capbrief.schedule;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When {@code capbrief serve} runs the weekly job.
 *
 * @param cron a Quartz cron expression (seconds first), e.g. {@code 0 0 18 ? * FRI}
 * @param zone the time zone the cron expression and "today" are read in
 */
@ConfigurationProperties("capbrief.schedule")
public record ScheduleSettings(String cron, ZoneId zone) {

    public ScheduleSettings {
        cron = cron == null ? "0 0 18 ? * FRI" : cron;
        zone = zone == null ? ZoneId.of("America/New_York") : zone;
    }
}
