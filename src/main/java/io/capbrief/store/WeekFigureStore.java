package io.capbrief.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The unrounded figures computed for each week: what a rerun compares against to issue a correction. */
@Repository
public class WeekFigureStore {

    private final JdbcTemplate jdbc;

    public WeekFigureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the week's figures as a whole; a null value is stored as SQL NULL, never 0. */
    @Transactional
    public void replace(LocalDate week, Map<String, Double> figures) {
        jdbc.update("DELETE FROM week_figure WHERE week = ?", Date.valueOf(week));
        List<Map.Entry<String, Double>> rows = new ArrayList<>(figures.entrySet());
        jdbc.batchUpdate("INSERT INTO week_figure (week, name, val) VALUES (?, ?, ?)", rows, 1000, (ps, e) -> {
            ps.setDate(1, Date.valueOf(week));
            ps.setString(2, e.getKey());
            Jdbc.setDouble(ps, 3, e.getValue());
        });
    }

    /** The latest week whose figures were computed. */
    public Optional<LocalDate> latestWeek() {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(week) FROM week_figure", LocalDate.class));
    }

    public Map<String, Double> figures(LocalDate week) {
        Map<String, Double> figures = new LinkedHashMap<>();
        jdbc.query("SELECT name, val FROM week_figure WHERE week = ? ORDER BY name", rs -> {
            double value = rs.getDouble(2);
            figures.put(rs.getString(1), rs.wasNull() ? null : value);
        }, Date.valueOf(week));
        return figures;
    }
}
