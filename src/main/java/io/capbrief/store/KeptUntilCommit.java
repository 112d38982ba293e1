package io.capbrief.store;

import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;

/** A value read from the store, kept until a load is committed: "as known" reads repeat week after week. */
final class KeptUntilCommit<T> {

    private StoreVersion version;
    private T value;

    synchronized T get(JdbcTemplate jdbc, Supplier<T> read) {
        StoreVersion now = StoreVersion.of(jdbc);
        if (value == null || !now.equals(version)) {
            value = read.get();
            version = now;
        }
        return value;
    }
}
