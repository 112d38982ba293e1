package io.capbrief.schedule;

import io.capbrief.PostgresTestStore;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The schedule on PostgreSQL, the production store: Quartz's job data is bytea there, which only
 * its PostgreSQL delegate reads ({@link QuartzDialect} picks it from the datasource URL).
 */
@EnabledIfEnvironmentVariable(named = PostgresTestStore.URL_VARIABLE, matches = "jdbc:postgresql:.+")
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.quartz.scheduler-name=capbrief-schedule-postgres-test"})
@Import(WeeklyScheduleTest.FixedClock.class)
class PostgresWeeklyScheduleTest extends WeeklyScheduleTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestStore.register(registry);
    }
}
