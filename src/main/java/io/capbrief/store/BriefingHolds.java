package io.capbrief.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions the sanity limits held back, why, and who released them. */
@Repository
public class BriefingHolds {

    /** A held version; {@code releasedAt} is null while it is still held. */
    public record Hold(LocalDate week, int version, List<String> reasons, LocalDateTime heldAt, LocalDateTime alertedAt,
            String releasedBy, LocalDateTime releasedAt) {

        public boolean held() {
            return releasedAt == null;
        }
    }

    private final JdbcClient jdbc;

    public BriefingHolds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void hold(LocalDate week, int version, List<String> reasons) {
        jdbc.sql("INSERT INTO briefing_hold (week, version, reasons, held_at) VALUES (?, ?, ?, ?)")
                .params(week, version, String.join("\n", reasons), Jdbc.now()).update();
    }

    public Optional<Hold> find(LocalDate week, int version) {
        return jdbc.sql("SELECT week, version, reasons, held_at, alerted_at, released_by, released_at FROM briefing_hold "
                + "WHERE week = ? AND version = ?").params(week, version).query(BriefingHolds::hold).optional();
    }

    public List<Hold> forWeek(LocalDate week) {
        return jdbc.sql("SELECT week, version, reasons, held_at, alerted_at, released_by, released_at FROM briefing_hold "
                + "WHERE week = ? ORDER BY version").param(week).query(BriefingHolds::hold).list();
    }

    public void alerted(LocalDate week, int version) {
        jdbc.sql("UPDATE briefing_hold SET alerted_at = ? WHERE week = ? AND version = ?").params(Jdbc.now(), week, version).update();
    }

    /** @return false when the version was released already (by someone else, or before) */
    public boolean release(LocalDate week, int version, String by) {
        return jdbc.sql("UPDATE briefing_hold SET released_by = ?, released_at = ? WHERE week = ? AND version = ? AND released_at IS NULL")
                .params(by, Jdbc.now(), week, version).update() == 1;
    }

    private static Hold hold(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Hold(rs.getObject(1, LocalDate.class), rs.getInt(2), List.of(rs.getString(3).split("\n")),
                local(rs.getTimestamp(4)), local(rs.getTimestamp(5)), rs.getString(6), local(rs.getTimestamp(7)));
    }

    private static LocalDateTime local(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().withNano(0);
    }
}
