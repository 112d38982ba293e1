package io.capbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HistoryCalendarTest {

    @Test
    void takesTheLastFridayOfEveryMonthFromTheFirstHoldingsUpToTheMonthBeforeTheWeek() {
        // holdings from Wednesday 12 June 2024; the week is Friday 22 November
        assertThat(HistoryCalendar.monthEndsBefore(LocalDate.of(2024, 6, 12), LocalDate.of(2024, 11, 22))).containsExactly(
                LocalDate.of(2024, 6, 28), LocalDate.of(2024, 7, 26), LocalDate.of(2024, 8, 30),
                LocalDate.of(2024, 9, 27), LocalDate.of(2024, 10, 25));
    }

    @Test
    void leavesAWeekThatEndsItsMonthToItsOwnBriefing() {
        // 29 November 2024 is November's last Friday: the week itself, not a point before it
        assertThat(HistoryCalendar.monthEndsBefore(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 29)))
                .containsExactly(LocalDate.of(2024, 10, 25));
    }

    @Test
    void hasNoPointsInTheMonthOfTheFirstHoldings() {
        assertThat(HistoryCalendar.monthEndsBefore(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 22))).isEmpty();
    }

    @Test
    void takesAFridayThatFallsOnTheLastDayOfTheMonth() {
        // 31 May 2024 is a Friday; 30 August 2024 too
        assertThat(HistoryCalendar.monthEndsBefore(LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 7)))
                .containsExactly(LocalDate.of(2024, 5, 31));
    }
}
