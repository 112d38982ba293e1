package io.capbrief.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the store lets one statement wait for another's lock.
 *
 * @param lockTimeout the longest a statement waits for a row or table another transaction holds, before it fails
 *     naming the table; PostgreSQL would otherwise wait for ever behind a stuck transaction, H2 two seconds
 */
@ConfigurationProperties("capbrief.store")
public record StoreSettings(Duration lockTimeout) {

    public StoreSettings {
        lockTimeout = lockTimeout == null ? Duration.ofSeconds(60) : lockTimeout;
        if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            // 0 is "wait for ever" to PostgreSQL: what the setting is there to prevent
            throw new IllegalArgumentException("capbrief.store.lock-timeout must be above 0, not " + lockTimeout);
        }
    }
}
