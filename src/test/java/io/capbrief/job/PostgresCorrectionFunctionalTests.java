package io.capbrief.job;

import io.capbrief.PostgresTestStore;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Versions, corrections and the delivery log on PostgreSQL, the production store. */
@EnabledIfEnvironmentVariable(named = PostgresTestStore.URL_VARIABLE, matches = "jdbc:postgresql:.+")
@SpringBootTest(properties = {"capbrief.cli.enabled=false", "capbrief.data-dir=target/test-data"})
class PostgresCorrectionFunctionalTests extends CorrectionFunctionalTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestStore.register(registry);
    }
}
