package io.capbrief.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.model.SeriesObservation;

/** Collects a file's observations, refusing a date that appears twice (which value would be right?). */
final class ObservationList {

    private final Path file;
    private final String series;
    private final List<SeriesObservation> observations = new ArrayList<>();
    private final Map<LocalDate, Long> lineByDate = new HashMap<>();

    ObservationList(Path file, String series) {
        this.file = file;
        this.series = series;
    }

    void add(LocalDate date, double value, long line) {
        Long earlier = lineByDate.putIfAbsent(date, line);
        if (earlier != null) {
            throw new SourceFormatException(file, line, "date " + date + " appears twice (also on line " + earlier + ")");
        }
        observations.add(new SeriesObservation(series, date, value, line));
    }

    List<SeriesObservation> toList() {
        return List.copyOf(observations);
    }
}
