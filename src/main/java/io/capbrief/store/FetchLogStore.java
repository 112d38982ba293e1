package io.capbrief.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.capbrief.extract.fetch.FetchLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fetch log: every request made to a publisher, committed on its own so it stays recorded whatever becomes of
 * the run that made it.
 */
@Repository
public class FetchLogStore implements FetchLog {

    private final JdbcClient jdbc;

    public FetchLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Entry e) {
        jdbc.sql("""
                INSERT INTO fetch_log (source_id, url, status, bytes, etag, last_modified, sha256, duration_ms, outcome, detail, fetched_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.sourceId(), truncate(e.url(), 2000), e.status(), e.bytes(), truncate(e.etag(), 500),
                        truncate(e.lastModified(), 100), e.sha256(), e.durationMillis(), e.outcome(), truncate(e.detail(), 2000),
                        e.fetchedAt())
                .update();
    }

    @Override
    public Optional<Validators> lastValidators(String url) {
        return jdbc.sql("""
                SELECT etag, last_modified FROM fetch_log
                WHERE url = ? AND outcome IN ('FETCHED', 'UNCHANGED', 'NOT_MODIFIED') AND (etag IS NOT NULL OR last_modified IS NOT NULL)
                ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .param(url).query(Validators.class).optional();
    }

    @Override
    public Optional<LocalDateTime> lastSuccess(String url) {
        return jdbc.sql("""
                SELECT fetched_at FROM fetch_log
                WHERE url = ? AND outcome IN ('FETCHED', 'UNCHANGED', 'NOT_MODIFIED')
                ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .param(url).query(LocalDateTime.class).optional();
    }

    /** The latest requests, newest first. */
    public List<Entry> last(int count) {
        return jdbc.sql("""
                SELECT source_id, url, status, bytes, etag, last_modified, sha256, duration_ms AS duration_millis, outcome, detail, fetched_at
                FROM fetch_log ORDER BY id DESC FETCH FIRST ? ROWS ONLY""")
                .param(count).query(Entry.class).list();
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
