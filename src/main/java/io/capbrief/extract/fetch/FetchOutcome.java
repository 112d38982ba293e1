package io.capbrief.extract.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The failed downloads as the data notes give them: each one's line, but a per-company entry with more than
     * {@value #NAMED_FAILURES} failures in one line (an outage of the SEC would otherwise fill the page).
     */
    public static List<String> failureLines(List<FetchOutcome> outcomes) {
        Map<String, List<FetchOutcome>> failed = new LinkedHashMap<>();
        outcomes.stream().filter(FetchOutcome::failed).forEach(o -> failed.computeIfAbsent(o.sourceId(), id -> new ArrayList<>()).add(o));
        List<String> lines = new ArrayList<>();
        failed.forEach((source, failures) -> {
            if (failures.size() <= NAMED_FAILURES) {
                failures.forEach(f -> lines.add(f.line()));
                return;
            }
            long kept = failures.stream().filter(f -> f.copyOf() != null).count();
            LocalDate oldest = failures.stream().map(FetchOutcome::copyOf).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
            lines.add(String.format("%s: %,d fetches failed (the first: %s), %s", source, failures.size(), failures.get(0).detail(),
                    kept == 0 ? "no previous copies" : String.format("kept the previous copies of %,d, the oldest of %s", kept, oldest)));
        });
        return lines;
    }

    static final int NAMED_FAILURES = 3;

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
