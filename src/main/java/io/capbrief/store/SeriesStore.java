package io.capbrief.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.capbrief.model.SeriesObservation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Daily observations of index closes and rates, read "as known at" a date. */
@Repository
public class SeriesStore {

    private final JdbcTemplate jdbc;

    public SeriesStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long loadId, List<SeriesObservation> observations) {
        jdbc.batchUpdate("INSERT INTO series_point (load_id, series, obs_date, val, line_no) VALUES (?, ?, ?, ?, ?)",
                observations, 1000, (ps, o) -> {
                    ps.setLong(1, loadId);
                    ps.setString(2, o.series());
                    ps.setDate(3, Date.valueOf(o.date()));
                    ps.setDouble(4, o.value());
                    ps.setLong(5, o.line());
                });
    }

    /**
     * The series' observations dated on or before {@code upTo}, from committed loads only; where
     * several loads hold the same date, the latest load wins (a corrected file replaces the old values).
     */
    public NavigableMap<LocalDate, Double> history(String series, LocalDate upTo) {
        NavigableMap<LocalDate, Double> history = new TreeMap<>();
        jdbc.query("""
                SELECT p.obs_date, p.val FROM series_point p JOIN source_load l ON l.id = p.load_id
                WHERE p.series = ? AND p.obs_date <= ? AND l.state = 'COMMITTED'
                ORDER BY p.obs_date, p.load_id""",
                rs -> {
                    history.put(rs.getDate(1).toLocalDate(), rs.getDouble(2));
                }, series, Date.valueOf(upTo));
        return history;
    }
}
