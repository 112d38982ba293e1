package io.capbrief.extract.fetch;

import java.time.LocalDateTime;
import java.util.Optional;

/** Where every request of a fetch is recorded, and where the validators of a URL's last good fetch come from. */
public interface FetchLog {

    String FETCHED = "FETCHED";
    /** a 200 whose bytes were those of the file already there */
    String UNCHANGED = "UNCHANGED";
    String NOT_MODIFIED = "NOT_MODIFIED";
    /** a body that arrived but failed its check (an HTML page, cut short, not JSON) */
    String REFUSED = "REFUSED";
    /** a status or a connection failure, retried or not */
    String ERROR = "ERROR";

    /** One request: what was asked, what came back, how long it took. */
    record Entry(String sourceId, String url, Integer status, Long bytes, String etag, String lastModified, String sha256,
            long durationMillis, String outcome, String detail, LocalDateTime fetchedAt) {}

    /** The cache validators a server gave for a URL. */
    record Validators(String etag, String lastModified) {}

    void record(Entry entry);

    /** The ETag and Last-Modified of the URL's last successful fetch (a 200 kept, or a 304), if it gave any. */
    Optional<Validators> lastValidators(String url);

    /** When the URL was last fetched successfully (a 200 kept, the same bytes again, or a 304), if ever. */
    Optional<LocalDateTime> lastSuccess(String url);
}
