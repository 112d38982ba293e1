package io.capbrief.store;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One row per (briefing version, recipient), so a version reaches each recipient at most once. */
@Repository
public class DeliveryLog {

    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";

    private final JdbcClient jdbc;

    public DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of the log: the latest attempt for a (version, recipient). */
    public record Delivery(LocalDate week, int version, String recipient, String channel, String outcome, String detail,
            java.time.LocalDateTime attemptedAt) {}

    public java.util.List<Delivery> forWeek(LocalDate week) {
        return jdbc.sql("SELECT week, version, recipient, channel, outcome, detail, attempted_at FROM delivery "
                        + "WHERE week = ? ORDER BY version, recipient")
                .param(week).query(Delivery.class).list();
    }

    public Optional<String> outcome(LocalDate week, int version, String recipient) {
        return jdbc.sql("SELECT outcome FROM delivery WHERE week = ? AND version = ? AND recipient = ?")
                .params(week, version, recipient).query(String.class).optional();
    }

    public void record(LocalDate week, int version, String recipient, String channel, String outcome, String detail) {
        int updated = jdbc.sql("UPDATE delivery SET channel = ?, outcome = ?, detail = ?, attempted_at = ? WHERE week = ? AND version = ? AND recipient = ?")
                .params(channel, outcome, detail, Jdbc.now(), week, version, recipient).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO delivery (week, version, recipient, channel, outcome, detail, attempted_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(week, version, recipient, channel, outcome, detail, Jdbc.now()).update();
        }
    }
}
