package io.capbrief.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history points of METRICS.md section 8: each month-end's figures as a briefing for that week
 * would have computed them, with when they were computed. Never issued, mailed or versioned.
 */
@Repository
public class HistoryPointStore {

    private final JdbcTemplate jdbc;

    public HistoryPointStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** When each stored point was computed, by point. */
    public NavigableMap<LocalDate, Instant> computed() {
        NavigableMap<LocalDate, Instant> computed = new TreeMap<>();
        jdbc.query("SELECT point, computed_at FROM history_point", rs -> {
            computed.put(rs.getDate(1).toLocalDate(), rs.getTimestamp(2).toInstant());
        });
        return computed;
    }

    /**
     * Replaces the point's figures as a whole, all or nothing, and commits them at once, even inside a
     * weekly run's step: a run killed half way through a build keeps the points it computed. A null
     * value is stored as SQL NULL, never 0.
     *
     * @param computedAt when the inputs were read: loads committed after it were not seen
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void replace(LocalDate point, Map<String, Double> figures, Instant computedAt) {
        jdbc.update("DELETE FROM history_figure WHERE point = ?", Date.valueOf(point));
        jdbc.update("DELETE FROM history_point WHERE point = ?", Date.valueOf(point));
        jdbc.update("INSERT INTO history_point (point, computed_at) VALUES (?, ?)", Date.valueOf(point),
                Timestamp.from(computedAt));
        List<Map.Entry<String, Double>> rows = new ArrayList<>(figures.entrySet());
        jdbc.batchUpdate("INSERT INTO history_figure (point, name, val) VALUES (?, ?, ?)", rows, 1000, (ps, e) -> {
            ps.setDate(1, Date.valueOf(point));
            ps.setString(2, e.getKey());
            Jdbc.setDouble(ps, 3, e.getValue());
        });
    }

    /** Forgets the points on or after the day, so that they are computed afresh. */
    @Transactional
    public int deleteFrom(LocalDate from) {
        jdbc.update("DELETE FROM history_figure WHERE point >= ?", Date.valueOf(from));
        return jdbc.update("DELETE FROM history_point WHERE point >= ?", Date.valueOf(from));
    }

    /** The figures of every point before the week, oldest first; a figure a point lacks is null or absent. */
    public NavigableMap<LocalDate, Map<String, Double>> pointsBefore(LocalDate week) {
        NavigableMap<LocalDate, Map<String, Double>> points = new TreeMap<>();
        jdbc.query("""
                SELECT p.point, f.name, f.val FROM history_point p LEFT JOIN history_figure f ON f.point = p.point
                WHERE p.point < ? ORDER BY p.point, f.name""", rs -> {
                    Map<String, Double> figures = points.computeIfAbsent(rs.getDate(1).toLocalDate(),
                            p -> new LinkedHashMap<>());
                    String name = rs.getString(2);
                    if (name != null) {
                        double value = rs.getDouble(3);
                        figures.put(name, rs.wasNull() ? null : value);
                    }
                }, Date.valueOf(week));
        return points;
    }
}
