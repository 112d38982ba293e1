package io.capbrief.extract;

import java.util.List;

import io.capbrief.model.RejectedRow;
import io.capbrief.model.SeriesObservation;

/** An index or rate file as read: its observations and the rows quarantined (values that cannot be true). */
public record SeriesFile(List<SeriesObservation> observations, List<RejectedRow> rejected) {

    public SeriesFile {
        observations = List.copyOf(observations);
        rejected = List.copyOf(rejected);
    }
}
