package io.capbrief.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The week a scheduled run briefs, and the weeks a stopped service missed. */
class ScheduledWeeksTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String FRIDAYS_18 = "0 0 18 ? * FRI";

    @Test
    void aRunBriefsTheLastFridayOnOrBeforeTodayInTheScheduleZone() {
        // Friday 2024-11-22 18:00 EST is 23:00 UTC
        assertThat(ScheduledWeeks.weekFor(Instant.parse("2024-11-22T23:00:00Z"), NEW_YORK)).isEqualTo(LocalDate.of(2024, 11, 22));
        // Saturday 02:00 UTC is still Friday 21:00 in New York
        assertThat(ScheduledWeeks.weekFor(Instant.parse("2024-11-23T02:00:00Z"), NEW_YORK)).isEqualTo(LocalDate.of(2024, 11, 22));
        // Friday 03:00 UTC is Thursday 22:00 in New York: the week before
        assertThat(ScheduledWeeks.weekFor(Instant.parse("2024-11-22T03:00:00Z"), NEW_YORK)).isEqualTo(LocalDate.of(2024, 11, 15));
        // a Monday misfire briefs the Friday before it
        assertThat(ScheduledWeeks.weekFor(Instant.parse("2024-11-25T14:00:00Z"), NEW_YORK)).isEqualTo(LocalDate.of(2024, 11, 22));
    }

    @Test
    void theWeeksMissedAreThoseFiredAfterTheLastRunExceptTheOneRunningNow() {
        // last run Friday 1 Nov 18:00 EDT (22:00 UTC); back on Monday 25 Nov: the fires of 8, 15 and 22 Nov
        // (18:00 EST, after the 3 Nov clock change) were missed, and 22 Nov is the one that runs now
        assertThat(ScheduledWeeks.missed(FRIDAYS_18, NEW_YORK, Instant.parse("2024-11-01T22:00:00Z"),
                Instant.parse("2024-11-25T14:00:00Z"), LocalDate.of(2024, 11, 22)))
                .containsExactly(LocalDate.of(2024, 11, 8), LocalDate.of(2024, 11, 15));
    }

    @Test
    void aRunOnTimeMissedNothing() {
        // last run a week ago, this one due Friday 22 Nov 18:00 EST and fired one second late
        assertThat(ScheduledWeeks.missed(FRIDAYS_18, NEW_YORK, Instant.parse("2024-11-15T23:00:00Z"),
                Instant.parse("2024-11-22T23:00:01Z"), LocalDate.of(2024, 11, 22))).isEmpty();
    }

    @Test
    void aBadCronExpressionIsNamed() {
        assertThatThrownBy(() -> ScheduledWeeks.missed("0 0 18 * FRI", NEW_YORK, Instant.EPOCH, Instant.EPOCH, null))
                .hasMessageStartingWith("capbrief.schedule.cron '0 0 18 * FRI': ");
    }
}
