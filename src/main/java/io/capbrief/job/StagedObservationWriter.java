package io.capbrief.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.capbrief.extract.SeriesObservation;
import io.capbrief.store.SeriesStore;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of observations into their staging loads, invisible until the load is committed. */
public class StagedObservationWriter implements ItemWriter<StagedObservation> {

    private final SeriesStore series;

    public StagedObservationWriter(SeriesStore series) {
        this.series = series;
    }

    @Override
    public void write(Chunk<? extends StagedObservation> chunk) {
        Map<Long, List<SeriesObservation>> byLoad = chunk.getItems().stream().collect(Collectors.groupingBy(
                StagedObservation::loadId, LinkedHashMap::new,
                Collectors.mapping(StagedObservation::observation, Collectors.toList())));
        byLoad.forEach(series::insert);
    }
}
