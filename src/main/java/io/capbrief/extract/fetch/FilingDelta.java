package io.capbrief.extract.fetch;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Whether a company's companyfacts must be asked for again, from its submissions: only when it filed on or after the
 * day of the last good fetch of its companyfacts, so a quiet company costs one submissions request a week, not two.
 */
final class FilingDelta {

    /** The SEC dates a filing in Eastern time. */
    private static final ZoneId SEC_ZONE = ZoneId.of("America/New_York");

    private FilingDelta() {}

    /**
     * @param latestFiling the latest filingDate in the company's submissions; empty when they list none or did not read
     * @param lastFetch when its companyfacts were last fetched well (a 200 kept or a 304), in {@code logZone}; empty if never
     * @return null when the companyfacts are to be fetched, otherwise why not ("no filing since 2024-11-21")
     */
    static String skipReason(Optional<LocalDate> latestFiling, Optional<LocalDateTime> lastFetch, ZoneId logZone) {
        if (latestFiling.isEmpty() || lastFetch.isEmpty()) {
            return null;
        }
        LocalDate fetchedOn = lastFetch.get().atZone(logZone).withZoneSameInstant(SEC_ZONE).toLocalDate();
        // a filing on the day of the fetch counts as new: the companyfacts may not have shown it yet, and asking
        // again is conditional, a 304 when they had
        return latestFiling.get().isBefore(fetchedOn) ? "no filing since " + fetchedOn : null;
    }
}
