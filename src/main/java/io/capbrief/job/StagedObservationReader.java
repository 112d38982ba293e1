package io.capbrief.job;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import io.capbrief.extract.SeriesObservation;
import io.capbrief.extract.SourceFormat;
import io.capbrief.store.SeriesStore;
import io.capbrief.store.SourceLoad;
import io.capbrief.store.SourceLoadStore;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the planned files one after the other. A whole file is parsed before its first row is
 * handed on, so a bad file fails before any of it is written. On a restart each load skips the
 * rows already written: chunks commit atomically and in file order, so that count is the position.
 */
public class StagedObservationReader implements ItemStreamReader<StagedObservation> {

    private final List<Long> loadIds;
    private final SourceLoadStore loads;
    private final SeriesStore series;
    private int nextLoad;
    private long currentLoadId;
    private Iterator<SeriesObservation> current;

    public StagedObservationReader(List<Long> loadIds, SourceLoadStore loads, SeriesStore series) {
        this.loadIds = loadIds;
        this.loads = loads;
        this.series = series;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        nextLoad = 0;
        current = null;
    }

    @Override
    public StagedObservation read() {
        while (current == null || !current.hasNext()) {
            if (nextLoad >= loadIds.size()) {
                return null;
            }
            currentLoadId = loadIds.get(nextLoad++);
            SourceLoad load = loads.get(currentLoadId);
            List<SeriesObservation> rows = SourceFormat.of(load.format()).read(Path.of(load.filePath()), load.target());
            current = rows.subList(Math.min(series.countLoaded(currentLoadId), rows.size()), rows.size()).iterator();
        }
        return new StagedObservation(currentLoadId, current.next());
    }
}
