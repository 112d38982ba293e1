package io.capbrief.store;

import io.capbrief.PostgresTestStore;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The lock timeout on PostgreSQL, the production store, which by itself waits for a lock for ever. */
@EnabledIfEnvironmentVariable(named = PostgresTestStore.URL_VARIABLE, matches = "jdbc:postgresql:.+")
@SpringBootTest(properties = {"capbrief.cli.enabled=false", "capbrief.data-dir=target/test-data", "capbrief.store.lock-timeout=3s"})
class PostgresStoreLockTimeoutTest extends StoreLockTimeoutTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestStore.register(registry);
    }

    @Override
    String lockTimeoutMessage() {
        return "canceling statement due to lock timeout";
    }

    @Override
    String sessionLockTimeoutQuery() {
        return "SHOW lock_timeout";
    }

    @Override
    String sessionLockTimeout() {
        return "3s";
    }
}
