package io.capbrief.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery log: every attempt to mail a briefing version to a recipient, and each
 * (version, recipient)'s latest outcome, so a version reaches each recipient at most once.
 * Attempts are committed on their own, whatever becomes of the step that makes them: a send must
 * be on record before it starts, and a failure must stay recorded when the step fails.
 */
@Repository
public class DeliveryLog {

    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";
    /** An attempt under way; one still SENDING when its process is gone may or may not have arrived. */
    public static final String SENDING = "SENDING";
    public static final String INTERRUPTED = "INTERRUPTED";

    private final JdbcClient jdbc;

    public DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of the log: the latest attempt for a (version, recipient). */
    public record Delivery(LocalDate week, int version, String recipient, String channel, String outcome, String detail,
            LocalDateTime attemptedAt) {}

    /** One attempt to mail a version to a recipient, with the server's reply or the error. */
    public record Attempt(LocalDate week, int version, String recipient, int attempt, String channel, String attachments,
            String outcome, String reply, LocalDateTime attemptedAt) {}

    public List<Delivery> forWeek(LocalDate week) {
        return jdbc.sql("SELECT week, version, recipient, channel, outcome, detail, attempted_at FROM delivery "
                        + "WHERE week = ? ORDER BY version, recipient")
                .param(week).query(Delivery.class).list();
    }

    public List<Attempt> attempts(LocalDate week) {
        return jdbc.sql("SELECT week, version, recipient, attempt, channel, attachments, outcome, reply, attempted_at "
                        + "FROM delivery_attempt WHERE week = ? ORDER BY version, recipient, attempt")
                .param(week).query(Attempt.class).list();
    }

    public Optional<String> outcome(LocalDate week, int version, String recipient) {
        return jdbc.sql("SELECT outcome FROM delivery WHERE week = ? AND version = ? AND recipient = ?")
                .params(week, version, recipient).query(String.class).optional();
    }

    /** Records an attempt as under way, before anything is sent, and returns its number (1, 2, ...). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int begin(LocalDate week, int version, String recipient, String channel, String attachments) {
        int attempt = jdbc.sql("SELECT COALESCE(MAX(attempt), 0) + 1 FROM delivery_attempt WHERE week = ? AND version = ? AND recipient = ?")
                .params(week, version, recipient).query(Integer.class).single();
        jdbc.sql("INSERT INTO delivery_attempt (week, version, recipient, attempt, channel, attachments, outcome, attempted_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(week, version, recipient, attempt, channel, attachments, SENDING, Jdbc.now()).update();
        latest(week, version, recipient, channel, SENDING, null);
        return attempt;
    }

    /** Records how an attempt ended. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void end(LocalDate week, int version, String recipient, int attempt, String outcome, String reply) {
        String detail = truncate(reply);
        jdbc.sql("UPDATE delivery_attempt SET outcome = ?, reply = ? WHERE week = ? AND version = ? AND recipient = ? AND attempt = ?")
                .params(outcome, detail, week, version, recipient, attempt).update();
        jdbc.sql("UPDATE delivery SET outcome = ?, detail = ?, attempted_at = ? WHERE week = ? AND version = ? AND recipient = ?")
                .params(outcome, detail, Jdbc.now(), week, version, recipient).update();
    }

    /** Marks the sends left under way by a process that died: they may or may not have arrived. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void interrupted(LocalDate week, int version, String recipient) {
        String reply = "the process stopped mid-send; the mail may or may not have arrived";
        jdbc.sql("UPDATE delivery_attempt SET outcome = ?, reply = ? WHERE week = ? AND version = ? AND recipient = ? AND outcome = ?")
                .params(INTERRUPTED, reply, week, version, recipient, SENDING).update();
        jdbc.sql("UPDATE delivery SET outcome = ?, detail = ? WHERE week = ? AND version = ? AND recipient = ? AND outcome = ?")
                .params(INTERRUPTED, reply, week, version, recipient, SENDING).update();
    }

    private void latest(LocalDate week, int version, String recipient, String channel, String outcome, String detail) {
        int updated = jdbc.sql("UPDATE delivery SET channel = ?, outcome = ?, detail = ?, attempted_at = ? WHERE week = ? AND version = ? AND recipient = ?")
                .params(channel, outcome, detail, Jdbc.now(), week, version, recipient).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO delivery (week, version, recipient, channel, outcome, detail, attempted_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(week, version, recipient, channel, outcome, detail, Jdbc.now()).update();
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
