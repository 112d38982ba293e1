package io.capbrief.metrics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The dates of a week's history points (METRICS.md section 8). */
public final class HistoryCalendar {

    private HistoryCalendar() {}

    /**
     * The last Friday of every month from the month of the first holdings file up to the month before
     * the week's, oldest first; the week itself, the last point, is the week's own briefing.
     */
    public static List<LocalDate> monthEndsBefore(LocalDate firstHoldings, LocalDate week) {
        List<LocalDate> points = new ArrayList<>();
        YearMonth last = YearMonth.from(week).minusMonths(1);
        for (YearMonth month = YearMonth.from(firstHoldings); !month.isAfter(last); month = month.plusMonths(1)) {
            points.add(lastFriday(month));
        }
        return points;
    }

    static LocalDate lastFriday(YearMonth month) {
        return month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }
}
