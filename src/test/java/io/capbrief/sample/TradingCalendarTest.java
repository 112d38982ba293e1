package io.capbrief.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TradingCalendarTest {

    private final TradingCalendar nyse = TradingCalendar.equities();
    private final TradingCalendar bonds = TradingCalendar.treasuries();

    @Test
    void holidaysOf2024AreTheTenNyseHolidays() {
        assertEquals(List.of(
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 19),
                        LocalDate.of(2024, 3, 29), LocalDate.of(2024, 5, 27), LocalDate.of(2024, 6, 19),
                        LocalDate.of(2024, 7, 4), LocalDate.of(2024, 9, 2), LocalDate.of(2024, 11, 28),
                        LocalDate.of(2024, 12, 25)),
                List.copyOf(nyse.holidays(2024)));
    }

    @Test
    void observedRules() {
        assertTrue(nyse.isHoliday(LocalDate.of(2021, 12, 24)), "Christmas on a Saturday -> Friday");
        assertTrue(nyse.isHoliday(LocalDate.of(2022, 12, 26)), "Christmas on a Sunday -> Monday");
        assertTrue(nyse.isHoliday(LocalDate.of(2022, 6, 20)), "Juneteenth on a Sunday -> Monday");
        assertTrue(nyse.isHoliday(LocalDate.of(2023, 1, 2)), "New Year on a Sunday -> Monday");
        assertTrue(nyse.isHoliday(LocalDate.of(2020, 7, 3)), "July 4 on a Saturday -> Friday");
        assertTrue(nyse.isTradingDay(LocalDate.of(2021, 12, 31)), "New Year on a Saturday is not moved to Dec 31");
        assertTrue(nyse.isTradingDay(LocalDate.of(2021, 6, 18)), "no Juneteenth before 2022");
    }

    @Test
    void goodFridayAndOneOffClosures() {
        assertTrue(nyse.isHoliday(LocalDate.of(2024, 3, 29)));
        assertTrue(nyse.isHoliday(LocalDate.of(2019, 4, 19)));
        assertTrue(nyse.isHoliday(LocalDate.of(2018, 12, 5)), "day of mourning for G. H. W. Bush");
        assertEquals(LocalDate.of(2024, 3, 31), TradingCalendar.easterSunday(2024));
        assertEquals(LocalDate.of(2016, 3, 27), TradingCalendar.easterSunday(2016));
        assertEquals(LocalDate.of(2025, 4, 20), TradingCalendar.easterSunday(2025));
    }

    @Test
    void weekendsAreNeitherTradingDaysNorHolidays() {
        assertFalse(nyse.isTradingDay(LocalDate.of(2024, 11, 23)));
        assertFalse(nyse.isHoliday(LocalDate.of(2024, 11, 23)));
        assertTrue(nyse.isTradingDay(LocalDate.of(2024, 11, 22)));
    }

    @Test
    void treasuryMarketAlsoClosesOnColumbusAndVeteransDay() {
        assertTrue(nyse.isTradingDay(LocalDate.of(2024, 10, 14)));
        assertTrue(bonds.isHoliday(LocalDate.of(2024, 10, 14)));
        assertTrue(bonds.isHoliday(LocalDate.of(2024, 11, 11)));
        assertTrue(bonds.isHoliday(LocalDate.of(2024, 3, 29)));
        assertTrue(bonds.isTradingDay(LocalDate.of(2023, 11, 10)), "Veterans Day on a Saturday is not moved");
        assertTrue(bonds.isTradingDay(LocalDate.of(2023, 4, 7)), "Good Friday with a payrolls release");
    }

    @Test
    void tradingDayCounts() {
        assertEquals(252, nyse.tradingDays(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).size());
        assertEquals(2768, nyse.tradingDays(LocalDate.of(2014, 1, 1), LocalDate.of(2024, 12, 31)).size());
        assertEquals(LocalDate.of(2014, 1, 2), nyse.tradingDays(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 1, 31)).get(0));
    }
}
