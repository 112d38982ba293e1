package io.capbrief.extract.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What became of one manifest entry's download (or of one company's, for a per-company entry).
 *
 * @param url null for an entry skipped before any URL was made
 * @param file the file written, left or kept; null when there is none
 * @param detail the bytes and tries of a fetch, the status of a 304, why a fetch failed or an entry was skipped
 * @param copyOf for a failed fetch that kept a previous copy, the day that copy was written
 */
public record FetchOutcome(String sourceId, URI url, Path file, Result result, String detail, LocalDate copyOf) {

    /** How a download ended. */
    public enum Result {
        FETCHED,
        /** a 304, or a 200 with the bytes already there: the file is left as it was */
        NOT_MODIFIED,
        FAILED,
        /** nothing was requested, e.g. per-company entries before the store has holdings */
        SKIPPED
    }

    public FetchOutcome(String sourceId, URI url, Path file, Result result, String detail) {
        this(sourceId, url, file, result, detail, null);
    }

    public boolean failed() {
        return result == Result.FAILED;
    }

    /** One line for the console and the data notes, e.g. "dgs10: fetch failed (503 after 3 tries), kept the copy of 2024-11-21". */
    public String line() {
        return sourceId + ": " + switch (result) {
            case FETCHED -> "fetched " + file + " (" + detail + ")";
            case NOT_MODIFIED -> "not modified (" + detail + ")";
            case FAILED -> "fetch failed (" + detail + ")" + (copyOf != null ? ", kept the copy of " + copyOf
                    : file == null ? "" : ", no previous copy of " + file);
            case SKIPPED -> "skipped (" + detail + ")";
        };
    }
}
