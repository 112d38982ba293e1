package io.capbrief.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/** US market calendar: weekdays minus the NYSE full-day holidays, or the Treasury-market ones. */
public final class TradingCalendar {

    // One-off closures inside the sample range (national day of mourning for G. H. W. Bush).
    private static final Set<LocalDate> SPECIAL_CLOSURES = Set.of(LocalDate.of(2018, 12, 5));

    // Bond markets opened (early close) on the Good Fridays that fell on a payrolls release day.
    private static final Set<LocalDate> TREASURY_GOOD_FRIDAYS_OPEN =
            Set.of(LocalDate.of(2015, 4, 3), LocalDate.of(2021, 4, 2), LocalDate.of(2023, 4, 7));

    private final boolean treasuries;

    private TradingCalendar(boolean treasuries) {
        this.treasuries = treasuries;
    }

    /** The stock-market calendar (NYSE / Nasdaq), used for index closes. */
    public static TradingCalendar equities() {
        return new TradingCalendar(false);
    }

    /**
     * The Treasury-market calendar behind FRED's constant-maturity yields: the stock-market holidays
     * plus Columbus Day and Veterans Day, minus a few Good Fridays (matches FRED DGS10 2014-2024).
     */
    public static TradingCalendar treasuries() {
        return new TradingCalendar(true);
    }

    public boolean isTradingDay(LocalDate day) {
        return !isWeekend(day) && !isHoliday(day);
    }

    public boolean isHoliday(LocalDate day) {
        return holidays(day.getYear()).contains(day);
    }

    /** Trading days from {@code from} to {@code to}, both inclusive, in order. */
    public List<LocalDate> tradingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isTradingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** The weekday holidays of a year, sorted. */
    public NavigableSet<LocalDate> holidays(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        // NYSE does not close on Friday Dec 31 when Jan 1 is a Saturday, so only Sunday moves.
        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        if (newYear.getDayOfWeek() != DayOfWeek.SATURDAY) {
            days.add(observed(newYear));
        }
        days.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
        days.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        LocalDate goodFriday = easterSunday(year).minusDays(2);
        if (!(treasuries && TREASURY_GOOD_FRIDAYS_OPEN.contains(goodFriday))) {
            days.add(goodFriday);
        }
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        if (year >= 2022) {
            days.add(observed(LocalDate.of(year, Month.JUNE, 19)));
        }
        days.add(observed(LocalDate.of(year, Month.JULY, 4)));
        days.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        if (treasuries) {
            days.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));
            // Veterans Day on a Saturday is not moved to the Friday.
            LocalDate veterans = LocalDate.of(year, Month.NOVEMBER, 11);
            if (veterans.getDayOfWeek() != DayOfWeek.SATURDAY) {
                days.add(observed(veterans));
            }
        }
        days.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
        days.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));
        SPECIAL_CLOSURES.stream().filter(d -> d.getYear() == year).forEach(days::add);
        return days;
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static LocalDate observed(LocalDate fixed) {
        return switch (fixed.getDayOfWeek()) {
            case SATURDAY -> fixed.minusDays(1);
            case SUNDAY -> fixed.plusDays(1);
            default -> fixed;
        };
    }

    private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    /** Gregorian Easter (the anonymous "Meeus/Jones/Butcher" algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
