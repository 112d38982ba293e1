package io.capbrief.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a launch did for one week.
 *
 * @param versionDir the folder of the week's latest version, when there is one
 * @param mails the outbox files written by this run
 */
public record WeekOutcome(LocalDate week, Status status, Integer version, Path versionDir, List<Path> mails,
        String message) {

    public enum Status {
        /** A new version was rendered and delivered. */
        ISSUED,
        /** A new version was rendered and archived, but a sanity limit held it back: the operators were alerted. */
        HELD,
        /** The job ran, and its figures equal the version already issued: nothing new was sent. */
        UNCHANGED,
        /** The week had completed before; nothing was run. */
        ALREADY_DONE,
        /** Another launch of this week is running. */
        RUNNING,
        FAILED
    }

    public boolean failed() {
        return status == Status.FAILED || status == Status.RUNNING;
    }
}
