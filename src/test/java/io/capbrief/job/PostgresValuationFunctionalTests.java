package io.capbrief.job;

import io.capbrief.PostgresTestStore;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hand-computed valuation end to end on PostgreSQL, the production store: its own Flyway
 * migrations, its JDBC driver's typing and its SQL dialect.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestStore.URL_VARIABLE, matches = "jdbc:postgresql:.+")
@SpringBootTest(properties = {"capbrief.cli.enabled=false", "capbrief.data-dir=target/test-data"})
class PostgresValuationFunctionalTests extends ValuationFunctionalTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestStore.register(registry);
    }
}
