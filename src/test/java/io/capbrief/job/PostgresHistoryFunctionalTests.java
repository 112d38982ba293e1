package io.capbrief.job;

import io.capbrief.PostgresTestStore;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * History points on PostgreSQL: its migrations, the replaced-file comparison (EXCEPT) and its
 * timestamps, which decide what a later load makes stale.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestStore.URL_VARIABLE, matches = "jdbc:postgresql:.+")
@SpringBootTest(properties = {"capbrief.cli.enabled=false", "capbrief.data-dir=target/test-data"})
class PostgresHistoryFunctionalTests extends HistoryFunctionalTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestStore.register(registry);
    }
}
