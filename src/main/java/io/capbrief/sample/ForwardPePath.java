package io.capbrief.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The forward P/E an index's estimates are calibrated to on a day: the index level over its forward earnings,
 * which run log-linearly between the anchors (level over anchored P/E there), so earnings move smoothly and
 * between two anchors the P/E follows the index.
 */
final class ForwardPePath {

    private final SyntheticPath level;
    private final NavigableMap<LocalDate, Double> logEarnings = new TreeMap<>();

    ForwardPePath(SyntheticPath level, NavigableMap<LocalDate, Double> forwardPe) {
        this.level = level;
        forwardPe.forEach((day, pe) -> logEarnings.put(day, StrictMath.log(levelOn(day) / pe)));
    }

    /** The P/E to calibrate to on {@code day}: the anchor's on an anchor day; earnings flat before the first and after the last. */
    double at(LocalDate day) {
        Map.Entry<LocalDate, Double> before = logEarnings.floorEntry(day);
        Map.Entry<LocalDate, Double> after = logEarnings.ceilingEntry(day);
        double log;
        if (before == null || after == null || before.getKey().equals(after.getKey())) {
            log = (before != null ? before : after).getValue();
        } else {
            double t = (double) ChronoUnit.DAYS.between(before.getKey(), day) / ChronoUnit.DAYS.between(before.getKey(), after.getKey());
            log = before.getValue() + t * (after.getValue() - before.getValue());
        }
        return levelOn(day) / StrictMath.exp(log);
    }

    private double levelOn(LocalDate day) {
        return level.values().floorEntry(day).getValue();
    }
}
