package io.capbrief.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import io.capbrief.model.RejectedRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The quarantine: every row a reader did not keep, with file, line, field, value and reason. */
@Repository
public class RejectedRowStore {

    private final JdbcTemplate jdbc;

    public RejectedRowStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long loadId, int firstSeq, List<RejectedRow> rows) {
        Jdbc.insertNumbered(jdbc, "INSERT INTO rejected_row (load_id, seq, file_path, line_no, field, val, reason, quarantined) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", loadId, firstSeq, rows, (ps, r) -> {
                    ps.setString(3, r.file());
                    ps.setLong(4, r.line());
                    ps.setString(5, r.field());
                    ps.setString(6, r.value() == null || r.value().length() <= 500 ? r.value() : r.value().substring(0, 500));
                    ps.setString(7, r.reason());
                    ps.setBoolean(8, r.quarantined());
                });
    }

    /**
     * The rejected rows a week's data-quality report lists, quarantined ones first: every row
     * quarantined from a file known at the week, and the rows skipped as out of scope only from
     * the dated files the week uses (each source's latest on or before it), not from every
     * historical holdings file.
     */
    public List<RejectedRow> knownAt(LocalDate week) {
        return jdbc.query("""
                SELECT r.file_path, r.line_no, r.field, r.val, r.reason, r.quarantined
                FROM rejected_row r JOIN source_load l ON l.id = r.load_id
                LEFT JOIN (SELECT source_id, MAX(as_of) AS latest FROM source_load
                           WHERE state = 'COMMITTED' AND as_of <= ? GROUP BY source_id) m ON m.source_id = l.source_id
                WHERE l.state = 'COMMITTED' AND (l.as_of IS NULL OR l.as_of <= ?)
                  AND (r.quarantined OR l.as_of IS NULL OR l.as_of = m.latest)
                ORDER BY r.quarantined DESC, r.file_path, r.line_no""",
                (rs, i) -> new RejectedRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6)),
                Date.valueOf(week), Date.valueOf(week));
    }
}
