package io.capbrief.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;

class QuartzDialectTest {

    private static QuartzProperties quartz(String key, String value) {
        QuartzProperties properties = new QuartzProperties();
        properties.getProperties().put("org.quartz.jobStore.misfireThreshold", "60000");
        if (key != null) {
            properties.getProperties().put(key, value);
        }
        return properties;
    }

    @Test
    void postgresqlGetsQuartzsPostgresqlDelegateBesideTheConfiguredProperties() {
        var properties = new QuartzDialect(quartz(null, null), "jdbc:postgresql://db/capbrief").properties();

        assertThat(properties).containsEntry(QuartzDialect.DELEGATE, "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate")
                .containsEntry("org.quartz.jobStore.misfireThreshold", "60000");
    }

    @Test
    void h2KeepsTheStandardDelegate() {
        assertThat(new QuartzDialect(quartz(null, null), "jdbc:h2:file:./data/capbrief").properties())
                .doesNotContainKey(QuartzDialect.DELEGATE);
    }

    @Test
    void aConfiguredDelegateWins() {
        var properties = new QuartzDialect(quartz(QuartzDialect.DELEGATE, "com.example.Delegate"), "jdbc:postgresql://db/x")
                .properties();

        assertThat(properties).containsEntry(QuartzDialect.DELEGATE, "com.example.Delegate");
    }
}
