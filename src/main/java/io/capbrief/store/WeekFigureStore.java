package io.capbrief.store;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The unrounded figures computed for each week: the history behind percentiles and corrections. */
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
            if (e.getValue() == null) {
                ps.setNull(3, Types.DOUBLE);
            } else {
                ps.setDouble(3, e.getValue());
            }
        });
    }

    /** The figure's values in the weeks before this one, where it was defined. */
    public List<Double> earlier(String name, LocalDate week) {
        return jdbc.queryForList("SELECT val FROM week_figure WHERE name = ? AND week < ? AND val IS NOT NULL ORDER BY week",
                Double.class, name, Date.valueOf(week));
    }

    /** The named figures of every week up to and including this one, oldest first; weeks without any are left out. */
    public Map<LocalDate, Map<String, Double>> history(List<String> names, LocalDate upTo) {
        Map<LocalDate, Map<String, Double>> history = new java.util.TreeMap<>();
        String in = String.join(", ", java.util.Collections.nCopies(names.size(), "?"));
        List<Object> args = new ArrayList<>(names);
        args.add(Date.valueOf(upTo));
        jdbc.query("SELECT week, name, val FROM week_figure WHERE name IN (" + in + ") AND week <= ? ORDER BY week, name",
                rs -> {
                    double value = rs.getDouble(3);
                    history.computeIfAbsent(rs.getDate(1).toLocalDate(), w -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.wasNull() ? null : value);
                }, args.toArray());
        return history;
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
