package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import io.capbrief.model.EventSpec;

/** Computes METRICS.md section 2: the last observation on or before the week and its changes. */
public final class RateLevelCalculator {

    public RateLevel compute(String series, NavigableMap<LocalDate, Double> observations, LocalDate week,
            List<EventSpec> events) {
        Map.Entry<LocalDate, Double> last = observations.floorEntry(week);
        Double level = last == null ? null : last.getValue();
        Map<String, Double> eventChanges = new LinkedHashMap<>();
        for (EventSpec event : events) {
            eventChanges.put(event.id(), event.date().isAfter(week) ? null : changeBp(level, observations, event.date()));
        }
        return new RateLevel(series, last == null ? null : last.getKey(), level,
                changeBp(level, observations, week.minusDays(7)), eventChanges,
                changeBp(level, observations, LocalDate.of(week.getYear() - 1, 12, 31)));
    }

    private static Double changeBp(Double level, NavigableMap<LocalDate, Double> observations, LocalDate base) {
        Map.Entry<LocalDate, Double> then = observations.floorEntry(base);
        return level == null || then == null ? null : (level - then.getValue()) * 100;
    }
}
