package io.capbrief.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TradingCalendarTest {

    private final TradingCalendar nyse = TradingCalendar.equities();
    private final TradingCalendar bonds = TradingCalendar.treasuries();

    @Test
    void holidaysOf2024AreTheTenNyseHolidays() {
        assertThat(List.copyOf(nyse.holidays(2024))).isEqualTo(List.of(
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 19),
                LocalDate.of(2024, 3, 29), LocalDate.of(2024, 5, 27), LocalDate.of(2024, 6, 19),
                LocalDate.of(2024, 7, 4), LocalDate.of(2024, 9, 2), LocalDate.of(2024, 11, 28),
                LocalDate.of(2024, 12, 25)));
    }

    @Test
    void observedRules() {
        assertThat(nyse.isHoliday(LocalDate.of(2021, 12, 24))).as("Christmas on a Saturday -> Friday").isTrue();
        assertThat(nyse.isHoliday(LocalDate.of(2022, 12, 26))).as("Christmas on a Sunday -> Monday").isTrue();
        assertThat(nyse.isHoliday(LocalDate.of(2022, 6, 20))).as("Juneteenth on a Sunday -> Monday").isTrue();
        assertThat(nyse.isHoliday(LocalDate.of(2023, 1, 2))).as("New Year on a Sunday -> Monday").isTrue();
        assertThat(nyse.isHoliday(LocalDate.of(2020, 7, 3))).as("July 4 on a Saturday -> Friday").isTrue();
        assertThat(nyse.isTradingDay(LocalDate.of(2021, 12, 31))).as("New Year on a Saturday is not moved to Dec 31").isTrue();
        assertThat(nyse.isTradingDay(LocalDate.of(2021, 6, 18))).as("no Juneteenth before 2022").isTrue();
    }

    @Test
    void goodFridayAndOneOffClosures() {
        assertThat(nyse.isHoliday(LocalDate.of(2024, 3, 29))).isTrue();
        assertThat(nyse.isHoliday(LocalDate.of(2019, 4, 19))).isTrue();
        assertThat(nyse.isHoliday(LocalDate.of(2018, 12, 5))).as("day of mourning for G. H. W. Bush").isTrue();
        assertThat(TradingCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(TradingCalendar.easterSunday(2016)).isEqualTo(LocalDate.of(2016, 3, 27));
        assertThat(TradingCalendar.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    }

    @Test
    void weekendsAreNeitherTradingDaysNorHolidays() {
        assertThat(nyse.isTradingDay(LocalDate.of(2024, 11, 23))).isFalse();
        assertThat(nyse.isHoliday(LocalDate.of(2024, 11, 23))).isFalse();
        assertThat(nyse.isTradingDay(LocalDate.of(2024, 11, 22))).isTrue();
    }

    @Test
    void treasuryMarketAlsoClosesOnColumbusAndVeteransDay() {
        assertThat(nyse.isTradingDay(LocalDate.of(2024, 10, 14))).isTrue();
        assertThat(bonds.isHoliday(LocalDate.of(2024, 10, 14))).isTrue();
        assertThat(bonds.isHoliday(LocalDate.of(2024, 11, 11))).isTrue();
        assertThat(bonds.isHoliday(LocalDate.of(2024, 3, 29))).isTrue();
        assertThat(bonds.isTradingDay(LocalDate.of(2023, 11, 10))).as("Veterans Day on a Saturday is not moved").isTrue();
        assertThat(bonds.isTradingDay(LocalDate.of(2023, 4, 7))).as("Good Friday with a payrolls release").isTrue();
    }

    @Test
    void tradingDayCounts() {
        assertThat(nyse.tradingDays(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).hasSize(252);
        assertThat(nyse.tradingDays(LocalDate.of(2014, 1, 1), LocalDate.of(2024, 12, 31))).hasSize(2768);
        assertThat(nyse.tradingDays(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 1, 31)).get(0)).isEqualTo(LocalDate.of(2014, 1, 2));
    }
}
