package io.capbrief.schedule;

import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * The schedule's beans, wherever Quartz is configured: in {@code capbrief serve}, and in tests. The
 * other commands start without Quartz (see {@code CapbriefApplication}): its JDBC store and ten
 * worker threads cost every one-off command most of a second of start-up.
 */
@AutoConfiguration(after = QuartzAutoConfiguration.class)
@ConditionalOnBean(SchedulerFactoryBean.class)
public class ScheduleAutoConfiguration {

    @Bean
    WeeklySchedule weeklySchedule(Scheduler scheduler, ScheduleSettings settings) {
        return new WeeklySchedule(scheduler, settings);
    }

    /** Health's "scheduler" component. */
    @Bean
    SchedulerHealthIndicator schedulerHealthIndicator(Scheduler scheduler) {
        return new SchedulerHealthIndicator(scheduler);
    }

    @Bean
    QuartzDialect quartzDialect(QuartzProperties quartz, @Value("${spring.datasource.url}") String url) {
        return new QuartzDialect(quartz, url);
    }
}
