package io.capbrief.schedule;

import java.util.Locale;
import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Gives Quartz's JDBC store the dialect of the database it runs on. Quartz's standard delegate
 * reads its job data as BLOBs, which PostgreSQL stores as bytea: there it needs PostgreSQLDelegate,
 * and an operator who only changes the datasource URL should not have to know that.
 */
class QuartzDialect implements SchedulerFactoryBeanCustomizer {

    static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";

    private final QuartzProperties quartz;
    private final String url;

    QuartzDialect(QuartzProperties quartz, @Value("${spring.datasource.url}") String url) {
        this.quartz = quartz;
        this.url = url;
    }

    @Override
    public void customize(SchedulerFactoryBean factory) {
        factory.setQuartzProperties(properties());
    }

    /** Boot's spring.quartz.properties, with the delegate added for PostgreSQL unless one is configured. */
    Properties properties() {
        Properties properties = new Properties();
        properties.putAll(quartz.getProperties());
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            properties.putIfAbsent(DELEGATE, "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        }
        return properties;
    }
}
