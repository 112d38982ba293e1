package io.capbrief.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The weekly job's executions, newest first, as the operator's {@code runs} command lists them. */
@Component
public class RunHistory {

    /** One job execution: which week, whether forced, and how it ended. */
    public record Run(long execution, LocalDate week, boolean forced, String status, LocalDateTime started,
            LocalDateTime ended, String exitMessage) {}

    private final JdbcClient jdbc;

    public RunHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Run> latest(int limit) {
        return jdbc.sql("""
                SELECT e.JOB_EXECUTION_ID, w.PARAMETER_VALUE, r.PARAMETER_VALUE, e.STATUS, e.START_TIME, e.END_TIME, e.EXIT_MESSAGE, e.EXIT_CODE
                FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND i.JOB_NAME = ?
                JOIN BATCH_JOB_EXECUTION_PARAMS w ON w.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND w.PARAMETER_NAME = 'week'
                LEFT JOIN BATCH_JOB_EXECUTION_PARAMS r ON r.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND r.PARAMETER_NAME = 'rerun'
                ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST ? ROWS ONLY""")
                .params(WeeklyBriefingJobConfiguration.JOB_NAME, limit)
                .query((rs, i) -> new Run(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3) != null,
                        status(rs.getString(4), rs.getString(8)), toLocal(rs.getTimestamp(5)), toLocal(rs.getTimestamp(6)), reason(rs.getString(7))))
                .list();
    }

    /** A completed run that held its week back shows as HELD: the week is archived but nobody was mailed. */
    private static String status(String batchStatus, String exitCode) {
        return "COMPLETED".equals(batchStatus) && DeliverBriefingTasklet.HELD.equals(exitCode) ? DeliverBriefingTasklet.HELD : batchStatus;
    }

    private static LocalDateTime toLocal(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().withNano(0);
    }

    private static final java.util.regex.Pattern THROWABLE = java.util.regex.Pattern.compile(
            "^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error|Throwable)[\\w$]*: ");

    /** The first line of a recorded exit message, without the exception's class name: the reason an operator reads. */
    static String reason(String message) {
        String first = message == null || message.isBlank() ? "" : message.lines().findFirst().orElse("");
        return THROWABLE.matcher(first).replaceFirst("");
    }
}
