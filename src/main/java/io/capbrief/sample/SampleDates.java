package io.capbrief.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The dates the sample writes files for: the holdings grid with W on it, its SPDR subset, and the estimate dates. */
final class SampleDates {

    private final TradingCalendar calendar = TradingCalendar.equities();
    private final int firstFiscalYear;
    private final List<LocalDate> grid;
    private final int wIndex;

    SampleDates(int firstFiscalYear) {
        this.firstFiscalYear = firstFiscalYear;
        // quarter-end Fridays from 2020, half-year-end ones before (for size)
        this.grid = lastFridaysAndW(2020, 6, 3);
        this.wIndex = grid.indexOf(SampleUniverse.W);
    }

    /** The holdings dates, in order; the companies' memberships and closes are indexed like it. */
    List<LocalDate> grid() {
        return grid;
    }

    int wIndex() {
        return wIndex;
    }

    /** The index of the latest grid date on or before {@code day}; 0 before the first. */
    int gridIndexOf(LocalDate day) {
        int j = 0;
        while (j + 1 < grid.size() && !grid.get(j + 1).isAfter(day)) {
            j++;
        }
        return j;
    }

    /** SPDR files are yearly (each December grid date) plus W, to keep the sample small. */
    boolean spdrDate(int j) {
        return j == wIndex || grid.get(j).getMonthValue() == 12;
    }

    /** Month-end Fridays (traded) from 2022, quarter-end ones before (for size), plus W. */
    List<LocalDate> estimateDates() {
        return lastFridaysAndW(2022, 3, 1);
    }

    /**
     * The last traded Friday of every {@code denseMonths}-th month from {@code denseFrom}, of every
     * {@code sparseMonths}-th before, from the year after the first fiscal year to 2024; plus W, sorted.
     */
    private List<LocalDate> lastFridaysAndW(int denseFrom, int sparseMonths, int denseMonths) {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = firstFiscalYear + 1; year <= 2024; year++) {
            int step = year < denseFrom ? sparseMonths : denseMonths;
            for (int month = step; month <= 12; month += step) {
                dates.add(lastFridayTraded(year, month));
            }
        }
        dates.add(SampleUniverse.W);
        Collections.sort(dates);
        return dates;
    }

    private LocalDate lastFridayTraded(int year, int month) {
        LocalDate d = LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
        while (!calendar.isTradingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
