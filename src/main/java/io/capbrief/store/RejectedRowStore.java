package io.capbrief.store;

import java.util.List;

import io.capbrief.extract.RejectedRow;

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
        int[] seq = {firstSeq};
        jdbc.batchUpdate("INSERT INTO rejected_row (load_id, seq, file_path, line_no, field, val, reason, quarantined) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows, 1000, (ps, r) -> {
                    ps.setLong(1, loadId);
                    ps.setInt(2, seq[0]++);
                    ps.setString(3, r.file());
                    ps.setLong(4, r.line());
                    ps.setString(5, r.field());
                    ps.setString(6, r.value() == null || r.value().length() <= 500 ? r.value() : r.value().substring(0, 500));
                    ps.setString(7, r.reason());
                    ps.setBoolean(8, r.quarantined());
                });
    }

    /** Every rejected row of the committed loads, quarantined ones first, for the data-quality report. */
    public List<RejectedRow> committed() {
        return jdbc.query("""
                SELECT r.file_path, r.line_no, r.field, r.val, r.reason, r.quarantined
                FROM rejected_row r JOIN source_load l ON l.id = r.load_id WHERE l.state = 'COMMITTED'
                ORDER BY r.quarantined DESC, r.file_path, r.line_no""",
                (rs, i) -> new RejectedRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6)));
    }
}
