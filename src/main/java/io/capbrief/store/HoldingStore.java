package io.capbrief.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.capbrief.model.HoldingRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Index membership: the equity rows of each holdings file, read as of a week. */
@Repository
public class HoldingStore {

    /** The constituents of an index from one holdings file, with that file's date. */
    public record Holdings(LocalDate asOf, String sourceFile, List<HoldingRow> rows) {}

    private final JdbcTemplate jdbc;

    /**
     * The rows of the files read lately, by load: a committed load never changes, and a history build
     * or a backfill asks for the same file month after month.
     */
    private final Map<Long, List<HoldingRow>> rowsByLoad = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, List<HoldingRow>> eldest) {
                    return size() > 8;
                }
            });

    public HoldingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long loadId, List<HoldingRow> rows) {
        jdbc.batchUpdate("INSERT INTO holding (load_id, line_no, ticker, name, sector, weight, price, shares, currency) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 1000, (ps, h) -> {
                    ps.setLong(1, loadId);
                    ps.setLong(2, h.line());
                    ps.setString(3, h.ticker());
                    ps.setString(4, h.name());
                    ps.setString(5, h.sector());
                    ps.setDouble(6, h.weight());
                    Jdbc.setDouble(ps, 7, h.price());
                    Jdbc.setDouble(ps, 8, h.shares());
                    ps.setString(9, h.currency());
                });
    }

    /** The date of the earliest committed holdings file of any index: where the history begins. */
    public Optional<LocalDate> firstAsOf() {
        return Optional.ofNullable(jdbc.queryForObject("""
                SELECT MIN(as_of) FROM source_load
                WHERE state = 'COMMITTED' AND as_of IS NOT NULL AND id IN (SELECT load_id FROM holding)""", LocalDate.class));
    }

    /** The latest committed holdings file of the index dated on or before the week. */
    public Optional<Holdings> asOf(String index, LocalDate week) {
        List<Object[]> load = jdbc.query("""
                SELECT id, as_of, file_path FROM source_load
                WHERE target = ? AND state = 'COMMITTED' AND as_of <= ? AND id IN (SELECT load_id FROM holding)
                ORDER BY as_of DESC, id DESC FETCH FIRST 1 ROWS ONLY""",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3)},
                index, java.sql.Date.valueOf(week));
        if (load.isEmpty()) {
            return Optional.empty();
        }
        long loadId = (Long) load.get(0)[0];
        List<HoldingRow> rows = rowsByLoad.get(loadId);
        if (rows == null) {
            rows = List.copyOf(jdbc.query(
                    "SELECT ticker, name, sector, weight, price, shares, currency, line_no FROM holding WHERE load_id = ? ORDER BY line_no",
                    (rs, i) -> new HoldingRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                            Jdbc.getDouble(rs, 5), Jdbc.getDouble(rs, 6), rs.getString(7), rs.getLong(8)),
                    loadId));
            rowsByLoad.put(loadId, rows);
        }
        return Optional.of(new Holdings((LocalDate) load.get(0)[1], (String) load.get(0)[2], rows));
    }
}
