package io.capbrief.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The ledger of loaded source files: each file content (by SHA-256) loads once per target series. */
@Repository
public class SourceLoadStore {

    private static final String COLUMNS =
            "id, source_id, format, target, file_path, sha256, state, row_count, first_date, last_date, as_of";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public SourceLoadStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A committed file content of a target, as {@link #committedContents()} holds it. */
    public record Content(String target, String sha256) {}

    /** Every committed file content: one read where a plan over thousands of files would ask once per file. */
    public Set<Content> committedContents() {
        return new HashSet<>(jdbc.sql("SELECT target, sha256 FROM source_load WHERE state = ?")
                .param(SourceLoad.COMMITTED).query(Content.class).list());
    }

    public SourceLoad get(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source_load WHERE id = ?").param(id).query(SourceLoad.class).single();
    }

    /**
     * Every load still staging, oldest first: the ones a run has planned, and any a crashed run left
     * behind. One read, where a plan or an extract over thousands of files would ask once per file.
     */
    public List<SourceLoad> staging() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source_load WHERE state = ? ORDER BY id")
                .param(SourceLoad.STAGING).query(SourceLoad.class).list();
    }

    /** How many items of each staging load the extract has written; a restart resumes after them. */
    public Map<Long, Integer> itemsWrittenWhileStaging() {
        Map<Long, Integer> written = new HashMap<>();
        jdbc.sql("SELECT id, items_written FROM source_load WHERE state = ?").param(SourceLoad.STAGING)
                .query(rs -> {
                    written.put(rs.getLong(1), rs.getInt(2));
                });
        return written;
    }

    /** @param asOf the manifest's date for a file that carries none, else null (the reader may set it) */
    public long startStaging(String sourceId, String format, String target, String filePath, String sha256, LocalDate asOf) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO source_load (source_id, format, target, file_path, sha256, state, started_at, as_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(sourceId, format, target, filePath, sha256, SourceLoad.STAGING, Jdbc.now(), asOf)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Every table whose rows belong to a load. */
    private static final List<String> LOADED_TABLES = List.of("series_point", "holding", "company_fact", "company_ticker", "company_industry",
            "vendor_fundamental", "estimate", "quarterly_estimate", "company_price", "rejected_row");

    @Transactional
    public void discard(long loadId) {
        LOADED_TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table + " WHERE load_id = ?").param(loadId).update());
        jdbc.sql("DELETE FROM source_load WHERE id = ? AND state = ?").params(loadId, SourceLoad.STAGING).update();
    }

    /** Makes a staged load visible, recording what it holds. */
    public void commit(long loadId) {
        jdbc.sql("""
                UPDATE source_load SET state = ?, committed_at = ?, row_count = items_written,
                  known_from = CASE WHEN as_of IS NOT NULL AND (known_from IS NULL OR as_of < known_from)
                                    THEN as_of ELSE known_from END,
                  first_date = (SELECT MIN(obs_date) FROM series_point WHERE load_id = ?),
                  last_date = (SELECT MAX(obs_date) FROM series_point WHERE load_id = ?)
                WHERE id = ? AND state = ?""")
                .params(SourceLoad.COMMITTED, Jdbc.now(), loadId, loadId, loadId, SourceLoad.STAGING)
                .update();
        replacedVersion(loadId).ifPresent(previous -> {
            LocalDate asOf = single(jdbc.sql("SELECT as_of FROM source_load WHERE id = ?").param(loadId)
                    .query(LocalDate.class).list());
            LocalDate changed = changedFrom(loadId, previous);
            LocalDate knownFrom = asOf == null || (changed != null && changed.isBefore(asOf)) ? changed : asOf;
            jdbc.sql("UPDATE source_load SET known_from = ? WHERE id = ?").params(knownFrom, loadId).update();
        });
    }

    private static <T> T single(List<T> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    /** The committed load of the same file that this load replaces (the file changed on disk), if any. */
    private Optional<Long> replacedVersion(long loadId) {
        return jdbc.sql("""
                SELECT MAX(m.id) FROM source_load m JOIN source_load l ON l.source_id = m.source_id
                  AND l.file_path = m.file_path AND l.target = m.target
                WHERE l.id = ? AND m.id < l.id AND m.state = ?""").params(loadId, SourceLoad.COMMITTED)
                .query(Long.class).list().stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * The rows of each table by their content and the date each is known from: a replaced file (a refetched
     * companyfacts file, a price history downloaded again) repeats most of its rows, and only the rows
     * it adds or changes reach back to history points.
     */
    private static final Map<String, String> CONTENT_AND_DATE = Map.of(
            "company_fact", "cik, taxonomy, concept, unit, start_date, end_date, val, fy, fp, form, filed|filed",
            "series_point", "series, obs_date, val|obs_date",
            "estimate", "ticker, as_of, fiscal_year_end, fy1_eps, fy2_eps, ntm_eps, analysts|as_of",
            "quarterly_estimate", "ticker, report_date, fiscal_date_ending, estimate, currency|report_date",
            "company_price", "ticker, price_date, close|price_date");

    /** The earliest date among the rows of the load that the replaced load did not have; null when it adds none. */
    private LocalDate changedFrom(long loadId, long previous) {
        LocalDate earliest = null;
        for (Map.Entry<String, String> table : CONTENT_AND_DATE.entrySet()) {
            String[] columns = table.getValue().split("\\|");
            LocalDate changed = jdbc.sql("SELECT MIN(" + columns[1] + ") FROM (SELECT " + columns[0] + " FROM "
                    + table.getKey() + " WHERE load_id = ? EXCEPT SELECT " + columns[0] + " FROM " + table.getKey()
                    + " WHERE load_id = ?) added").params(loadId, previous).query(LocalDate.class).list().stream()
                    .filter(Objects::nonNull).findFirst().orElse(null);
            if (changed != null && (earliest == null || changed.isBefore(earliest))) {
                earliest = changed;
            }
        }
        return earliest;
    }

    /**
     * Counts written items, by load, in the same transaction as the rows themselves, and keeps each
     * load's earliest known-from date (a restart writes the same rows again: the earliest stays).
     */
    public void advance(Map<Long, Integer> itemsByLoad, Map<Long, LocalDate> knownFromByLoad) {
        List<Object[]> args = itemsByLoad.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList();
        template.batchUpdate("UPDATE source_load SET items_written = items_written + ? WHERE id = ?", args);
        List<Object[]> known = knownFromByLoad.entrySet().stream()
                .map(e -> new Object[] {Date.valueOf(e.getValue()), Date.valueOf(e.getValue()), e.getKey()}).toList();
        template.batchUpdate("UPDATE source_load SET known_from = CASE WHEN known_from IS NULL OR known_from > ? THEN ? "
                + "ELSE known_from END WHERE id = ?", known);
    }

    /** A committed load that history points may depend on: when it became visible and how far back its rows reach. */
    public record CommittedLoad(long id, Instant committedAt, LocalDate knownFrom) {}

    /** The committed loads with dated rows that became visible after the instant, oldest first. */
    public List<CommittedLoad> committedAfter(Instant after) {
        return jdbc.sql("""
                SELECT id, committed_at, known_from FROM source_load
                WHERE state = ? AND committed_at > ? AND known_from IS NOT NULL ORDER BY id""")
                .params(SourceLoad.COMMITTED, Timestamp.from(after))
                .query((rs, i) -> new CommittedLoad(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getDate(3).toLocalDate()))
                .list();
    }

    public void setAsOf(long loadId, LocalDate asOf) {
        jdbc.sql("UPDATE source_load SET as_of = ? WHERE id = ?").params(asOf, loadId).update();
    }

    /** One manifest source as a briefing names it: its file (or how many), a fingerprint and how current it is. */
    public record SourceSummary(String sourceId, String file, String sha256, LocalDate asOf) {}

    /**
     * Every source with committed data, as known at the week: a series source is as current as its
     * last observation on or before the week, a dated file (holdings, vendor fundamentals) as its
     * latest date on or before the week. A source of many files (a glob) is summarised as one entry
     * whose fingerprint is the SHA-256 of its files' fingerprints.
     */
    public List<SourceSummary> summaries(LocalDate week) {
        List<Object[]> rows = jdbc.sql("""
                SELECT l.source_id, l.file_path, l.sha256,
                  COALESCE((SELECT MAX(p.obs_date) FROM series_point p WHERE p.load_id = l.id AND p.obs_date <= ?),
                           CASE WHEN l.as_of <= ? THEN l.as_of END)
                FROM source_load l WHERE l.state = 'COMMITTED' AND (l.as_of IS NULL OR l.as_of <= ?)
                  AND l.id = (SELECT MAX(m.id) FROM source_load m
                              WHERE m.source_id = l.source_id AND m.file_path = l.file_path AND m.state = 'COMMITTED')
                ORDER BY l.source_id, l.sha256""")
                .params(week, week, week)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()})
                .list();
        Map<String, List<Object[]>> bySource = new TreeMap<>();
        rows.forEach(r -> bySource.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r));
        List<SourceSummary> summaries = new ArrayList<>();
        bySource.forEach((id, files) -> {
            LocalDate asOf = files.stream().map(r -> (LocalDate) r[3]).filter(Objects::nonNull)
                    .max(LocalDate::compareTo).orElse(null);
            if (files.size() == 1) {
                summaries.add(new SourceSummary(id, fileName((String) files.get(0)[1]), (String) files.get(0)[2], asOf));
            } else {
                String shas = files.stream().map(r -> (String) r[2]).collect(Collectors.joining("\n"));
                summaries.add(new SourceSummary(id, files.size() + " files", sha256(shas), asOf));
            }
        });
        return summaries;
    }

    private static String fileName(String path) {
        return Path.of(path).getFileName().toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
