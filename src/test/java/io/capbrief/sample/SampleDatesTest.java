package io.capbrief.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SampleDatesTest {

    private final SampleDates dates = new SampleDates(2014);

    @Test
    void closeDatesAreEveryMonthEndFromTheFirstHoldingsAndEveryFridayOfTheLastTwoYears() {
        List<LocalDate> closes = dates.closeDates();
        assertThat(closes.get(0)).isEqualTo(dates.grid().get(0)).isEqualTo(LocalDate.of(2015, 6, 26));
        assertThat(closes.get(closes.size() - 1)).isEqualTo(LocalDate.of(2024, 12, 27));
        // month-ends June 2015 to December 2024: 7 + 9 * 12 = 115; Fridays 2022-11-25 to 2024-12-27: 52 + 52 + 5 + 1
        // = 110 weeks, of which the 26 month-ends from November 2022 on are already counted
        assertThat(closes).hasSize(115 + 110 - 26);
        assertThat(closes).containsAll(dates.grid()).contains(SampleUniverse.W);
        assertThat(closes).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aHolidayFridayGivesTheTradingDayBefore() {
        assertThat(dates.closeDates())
                .as("Good Friday 2016-03-25, Christmas 2020-12-25, Good Friday 2024-03-29")
                .contains(LocalDate.of(2016, 3, 24), LocalDate.of(2020, 12, 24), LocalDate.of(2024, 3, 28))
                .doesNotContain(LocalDate.of(2016, 3, 25), LocalDate.of(2020, 12, 25), LocalDate.of(2024, 3, 29))
                .as("Christmas observed on Friday 2021-12-24: December's last Friday is the 31st")
                .contains(LocalDate.of(2021, 12, 31));
    }

    @Test
    void weeklyOnlyFromTwoYearsBeforeW() {
        assertThat(dates.closeDates())
                .contains(LocalDate.of(2022, 10, 28), LocalDate.of(2022, 11, 25), LocalDate.of(2022, 12, 2),
                        LocalDate.of(2024, 11, 15), LocalDate.of(2024, 11, 29))
                .doesNotContain(LocalDate.of(2022, 10, 21), LocalDate.of(2022, 11, 18));
    }

    @Test
    void lookups() {
        int w = dates.wIndex();
        assertThat(dates.closeDates().get(dates.closeIndexOfGrid(w))).isEqualTo(SampleUniverse.W);
        assertThat(dates.closeIndexOf(LocalDate.of(2015, 6, 25))).isEqualTo(-1);
        assertThat(dates.closeIndexOf(LocalDate.of(2015, 6, 26))).isZero();
        // a Wednesday falls back to the month-end before it
        assertThat(dates.closeDates().get(dates.closeIndexOf(LocalDate.of(2015, 8, 5)))).isEqualTo(LocalDate.of(2015, 7, 31));
        assertThat(dates.grid().get(dates.gridIndexOf(LocalDate.of(2016, 3, 24)))).isEqualTo(LocalDate.of(2015, 12, 24));
    }
}
