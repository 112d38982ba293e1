package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import io.capbrief.model.EventSpec;

/** Computes METRICS.md section 1 from an index's daily closes. */
public final class IndexPerformanceCalculator {

    /**
     * @param closes the index's closes; only those dated on or before {@code week} are used
     */
    public IndexPerformance compute(NavigableMap<LocalDate, Double> closes, LocalDate week, List<EventSpec> events) {
        NavigableMap<LocalDate, Double> known = closes.headMap(week, true);
        Map.Entry<LocalDate, Double> last = known.lastEntry();
        Map<String, Double> eventReturns = new LinkedHashMap<>();
        if (last == null) {
            events.forEach(e -> eventReturns.put(e.id(), null));
            return new IndexPerformance(null, null, null, null, null, null, eventReturns, null, null, null, null);
        }
        double close = last.getValue();
        for (EventSpec event : events) {
            eventReturns.put(event.id(), event.date().isAfter(week) ? null : ratio(close, closeOn(known, event.date())));
        }
        Map.Entry<LocalDate, Double> high = highest(known);
        NavigableMap<LocalDate, Double> year = known.subMap(week.minusDays(364), false, week, true);
        return new IndexPerformance(
                last.getKey(),
                close,
                ratio(close, closeOn(known, week.minusDays(7))),
                ratio(close, closeOn(known, week.withDayOfMonth(1).minusDays(1))),
                ratio(close, closeOn(known, firstDayOfQuarter(week).minusDays(1))),
                ratio(close, closeOn(known, LocalDate.of(week.getYear() - 1, 12, 31))),
                eventReturns,
                close / high.getValue() - 1,
                high.getKey(),
                year.isEmpty() ? null : Collections.max(year.values()),
                year.isEmpty() ? null : Collections.min(year.values()));
    }

    /** The close on the last trading day on or before the date. */
    static Double closeOn(NavigableMap<LocalDate, Double> closes, LocalDate date) {
        Map.Entry<LocalDate, Double> entry = closes.floorEntry(date);
        return entry == null ? null : entry.getValue();
    }

    private static Double ratio(double close, Double base) {
        return base == null ? null : close / base - 1;
    }

    /** The record close; on a tie the earliest day that reached it. */
    private static Map.Entry<LocalDate, Double> highest(NavigableMap<LocalDate, Double> closes) {
        Map.Entry<LocalDate, Double> high = null;
        for (Map.Entry<LocalDate, Double> e : closes.entrySet()) {
            if (high == null || e.getValue() > high.getValue()) {
                high = e;
            }
        }
        return high;
    }

    private static LocalDate firstDayOfQuarter(LocalDate date) {
        return LocalDate.of(date.getYear(), date.getMonth().firstMonthOfQuarter(), 1);
    }
}
