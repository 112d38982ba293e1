package io.capbrief.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/** The dates the sample writes files for: the holdings grid with W on it, the company close dates and the estimate dates. */
final class SampleDates {

    /** Weekly closes from this long before W: the weeks a backfill of the recent past briefs. */
    static final int WEEKLY_CLOSE_YEARS = 2;

    private final TradingCalendar calendar = TradingCalendar.equities();
    private final int firstFiscalYear;
    private final List<LocalDate> grid;
    private final int wIndex;
    private final List<LocalDate> closeDates;
    private final int[] gridCloseIndex;

    SampleDates(int firstFiscalYear) {
        this.firstFiscalYear = firstFiscalYear;
        // quarter-end Fridays from 2020, half-year-end ones before (for size)
        this.grid = lastFridaysAndW(2020, 6, 3);
        this.wIndex = grid.indexOf(SampleUniverse.W);
        this.closeDates = closeDates(grid.get(0));
        this.gridCloseIndex = grid.stream().mapToInt(closeDates::indexOf).toArray();
    }

    /** The holdings dates, in order; the companies' memberships are indexed like it. */
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

    /**
     * The days the companies have closes on, in order: the last trading day on or before each month's last Friday
     * from the first grid date's month to December 2024, and on or before every Friday from two years before W (or
     * the first grid date); every grid date is one of them. The companies' closes are indexed like it.
     */
    List<LocalDate> closeDates() {
        return closeDates;
    }

    /** The position of grid date {@code j} in {@link #closeDates()}. */
    int closeIndexOfGrid(int j) {
        return gridCloseIndex[j];
    }

    /** The index of the latest close date on or before {@code day}; -1 before the first. */
    int closeIndexOf(LocalDate day) {
        int k = Collections.binarySearch(closeDates, day);
        return k >= 0 ? k : -k - 2;
    }

    /** Month-end Fridays (traded) from 2022, quarter-end ones before (for size), plus W. */
    List<LocalDate> estimateDates() {
        return lastFridaysAndW(2022, 3, 1);
    }

    private List<LocalDate> closeDates(LocalDate first) {
        TreeSet<LocalDate> dates = new TreeSet<>(grid);
        for (LocalDate month = first.withDayOfMonth(1); month.getYear() <= 2024; month = month.plusMonths(1)) {
            dates.add(lastFridayTraded(month.getYear(), month.getMonthValue()));
        }
        LocalDate friday = SampleUniverse.W.minusYears(WEEKLY_CLOSE_YEARS).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        for (; friday.getYear() <= 2024; friday = friday.plusWeeks(1)) {
            if (!friday.isBefore(first)) {
                dates.add(tradedOnOrBefore(friday));
            }
        }
        return List.copyOf(dates);
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

    /** The trading day on or before the month's last Friday: the close a briefing for that Friday sees. */
    private LocalDate lastFridayTraded(int year, int month) {
        return tradedOnOrBefore(LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY)));
    }

    private LocalDate tradedOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isTradingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
