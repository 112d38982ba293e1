package io.capbrief.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.capbrief.model.IndexCode;
import io.capbrief.model.RejectedRow;
import io.capbrief.model.SeriesObservation;

/**
 * Collects a file's observations, refusing a date that appears twice (which value would be right?) and
 * quarantining a value that cannot be true: an index close at or below 0, a rate outside [-5, 100] percent.
 */
final class ObservationList {

    private final Path file;
    private final String series;
    private final boolean index;
    private final List<SeriesObservation> observations = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final Map<LocalDate, Long> lineByDate = new HashMap<>();

    /** @param series an {@link IndexCode} name for index closes, otherwise a rate series in percent */
    ObservationList(Path file, String series) {
        this.file = file;
        this.series = series;
        this.index = Stream.of(IndexCode.values()).anyMatch(c -> c.name().equals(series));
    }

    /** @param field the value's column, and {@code text} the value as written, for a quarantined row */
    void add(LocalDate date, double value, long line, String field, String text) {
        Long earlier = lineByDate.putIfAbsent(date, line);
        if (earlier != null) {
            throw new SourceFormatException(file, line, "date " + date + " appears twice (also on line " + earlier + ")");
        }
        String problem = index ? ValueRules.close(value) : ValueRules.rate(value);
        if (problem != null) {
            rejected.add(new RejectedRow(file.toString(), line, field, text, field + " '" + text + "' is " + problem, true));
        } else {
            observations.add(new SeriesObservation(series, date, value, line));
        }
    }

    SeriesFile toFile() {
        return new SeriesFile(observations, rejected);
    }
}
