package io.capbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;

/**
 * A transaction left holding a lock cannot block the store for ever: a statement that waits for it
 * fails after {@code capbrief.store.lock-timeout}, here 3 s (H2's own default is 2 s).
 */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "capbrief.store.lock-timeout=3s",
        "spring.datasource.url=jdbc:h2:mem:lock-timeout;DB_CLOSE_DELAY=-1"})
class StoreLockTimeoutTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);

    @Autowired
    DataSource dataSource;

    @Autowired
    DeliveryLog log;

    @Test
    @Timeout(15) // without a lock timeout the recording would wait for ever
    void recordingAnAttemptWhoseRowAStuckTransactionHoldsFailsAfterTheLockTimeoutNamingTheTable() throws Exception {
        int attempt = log.begin(WEEK, 1, "pm@example.com", "SMTP", "pdf");
        try (Connection stuck = dataSource.getConnection()) {
            // given another transaction that changed the attempt's row and neither commits nor rolls back
            stuck.setAutoCommit(false);
            try (PreparedStatement update = stuck.prepareStatement("UPDATE delivery_attempt SET reply = 'held' WHERE week = ?")) {
                update.setObject(1, WEEK);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            long start = System.nanoTime();

            // when the attempt's outcome is recorded, then it waits the lock timeout and fails, naming the table
            assertThatThrownBy(() -> log.end(WEEK, 1, "pm@example.com", attempt, DeliveryLog.DELIVERED, "250 OK"))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining(lockTimeoutMessage());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
            stuck.rollback();
        }

        // and once the other transaction is gone, the same recording goes through
        log.end(WEEK, 1, "pm@example.com", attempt, DeliveryLog.DELIVERED, "250 OK");
        assertThat(log.outcome(WEEK, 1, "pm@example.com")).contains(DeliveryLog.DELIVERED);
    }

    @Test
    void everyConnectionOfThePoolHasTheLockTimeout() throws Exception {
        try (Connection connection = dataSource.getConnection();
                var result = connection.createStatement().executeQuery(sessionLockTimeoutQuery())) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo(sessionLockTimeout());
        }
    }

    /** What the database says of a statement that waited its lock timeout. */
    String lockTimeoutMessage() {
        return "Timeout trying to lock table \"DELIVERY_ATTEMPT\"";
    }

    String sessionLockTimeoutQuery() {
        return "SELECT LOCK_TIMEOUT()";
    }

    /** The session's lock timeout as the database reports it: 3 s. */
    String sessionLockTimeout() {
        return "3000";
    }

    @Test
    void theStatementSpeaksTheDialectOfTheStore() {
        StoreSettings oneMinute = new StoreSettings(null);

        assertThat(StoreLockTimeout.statement("jdbc:h2:file:./data/capbrief;WRITE_DELAY=0", oneMinute)).contains("SET LOCK_TIMEOUT 60000");
        assertThat(StoreLockTimeout.statement("jdbc:postgresql://db/capbrief", oneMinute)).contains("SET lock_timeout = 60000");
        assertThat(StoreLockTimeout.statement("jdbc:h2:mem:x;LOCK_TIMEOUT=500", oneMinute)).isEmpty();
    }
}
