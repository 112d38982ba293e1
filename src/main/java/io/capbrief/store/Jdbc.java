package io.capbrief.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Nullable values in and out of JDBC: an empty figure stays NULL, never 0. */
final class Jdbc {

    private Jdbc() {}

    /** Sets one row's own parameters, those after {@code load_id} and {@code seq}. */
    @FunctionalInterface
    interface RowParameters<T> {
        void set(PreparedStatement ps, T row) throws SQLException;
    }

    /**
     * Inserts a load's rows numbered from {@code firstSeq}: the statement's first two parameters are the load and
     * the row's position in it, so a restarted write of the same positions collides rather than adding them twice.
     */
    static <T> void insertNumbered(JdbcTemplate jdbc, String sql, long loadId, int firstSeq, List<T> rows,
            RowParameters<T> parameters) {
        int[] seq = {firstSeq};
        jdbc.batchUpdate(sql, rows, 1000, (ps, row) -> {
            ps.setLong(1, loadId);
            ps.setInt(2, seq[0]++);
            parameters.set(ps, row);
        });
    }

    static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(value));
        }
    }

    /**
     * The current time as a JDBC timestamp: PostgreSQL's driver cannot bind a {@code java.time.Instant}
     * (H2's can), so every "recorded at" column goes through here.
     */
    static java.sql.Timestamp now() {
        return java.sql.Timestamp.from(java.time.Instant.now());
    }

    static Double getDouble(ResultSet rs, int index) throws SQLException {
        double value = rs.getDouble(index);
        return rs.wasNull() ? null : value;
    }

    static Integer getInt(ResultSet rs, int index) throws SQLException {
        int value = rs.getInt(index);
        return rs.wasNull() ? null : value;
    }

    static LocalDate getDate(ResultSet rs, int index) throws SQLException {
        Date value = rs.getDate(index);
        return value == null ? null : value.toLocalDate();
    }
}
