package io.capbrief.metrics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Briefing weeks end on Fridays (METRICS.md section 0). */
public final class WeekCalendar {

    private WeekCalendar() {}

    /** The last Friday on or before the date: the week a scheduled run briefs. */
    public static LocalDate weekEndingOnOrBefore(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }

    /** Every Friday in [from, to], oldest first. */
    public static List<LocalDate> weeksEndingBetween(LocalDate from, LocalDate to) {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate w = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)); !w.isAfter(to); w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        return weeks;
    }

    public static boolean isWeekEnding(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.FRIDAY;
    }
}
