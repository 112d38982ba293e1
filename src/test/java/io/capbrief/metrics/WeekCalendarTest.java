package io.capbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WeekCalendarTest {

    @Test
    void theScheduledWeekIsTheLastFridayOnOrBeforeToday() {
        assertThat(WeekCalendar.weekEndingOnOrBefore(LocalDate.of(2024, 11, 22))).isEqualTo(LocalDate.of(2024, 11, 22));
        assertThat(WeekCalendar.weekEndingOnOrBefore(LocalDate.of(2024, 11, 25))).isEqualTo(LocalDate.of(2024, 11, 22));
        assertThat(WeekCalendar.weekEndingOnOrBefore(LocalDate.of(2024, 11, 21))).isEqualTo(LocalDate.of(2024, 11, 15));
    }

    @Test
    void aRangeHoldsEveryFridayInsideIt() {
        assertThat(WeekCalendar.weeksEndingBetween(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 29))).containsExactly(
                LocalDate.of(2024, 10, 4), LocalDate.of(2024, 10, 11), LocalDate.of(2024, 10, 18), LocalDate.of(2024, 10, 25),
                LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 8), LocalDate.of(2024, 11, 15), LocalDate.of(2024, 11, 22),
                LocalDate.of(2024, 11, 29));
        assertThat(WeekCalendar.weeksEndingBetween(LocalDate.of(2024, 11, 23), LocalDate.of(2024, 11, 28))).isEmpty();
    }
}
