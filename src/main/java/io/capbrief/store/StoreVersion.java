package io.capbrief.store;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the store has made visible, in two numbers: a load only ever becomes COMMITTED (a discarded
 * load was never visible), so any change to what "as known at" queries can see changes these.
 */
record StoreVersion(long committedLoads, long lastCommittedLoad) {

    static StoreVersion of(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM source_load WHERE state = 'COMMITTED'",
                (rs, i) -> new StoreVersion(rs.getLong(1), rs.getLong(2)));
    }
}
