package io.capbrief.job;

import java.nio.file.Path;
import java.util.List;

import io.capbrief.extract.ExtractedFile;
import io.capbrief.extract.SourceFormat;
import io.capbrief.store.SourceLoad;
import io.capbrief.store.SourceLoadStore;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the planned files one after the other. A whole file is parsed before its first item is
 * handed on, so a file that is wrong as a whole fails before any of it is written. On a restart
 * each load resumes after the items already written: chunks commit their rows and the load's
 * item count together.
 */
public class StagedItemReader implements ItemStreamReader<StagedItem> {

    private final List<Long> loadIds;
    private final SourceLoadStore loads;
    private int nextLoad;
    private long currentLoadId;
    private List<Object> current = List.of();
    private int position;

    public StagedItemReader(List<Long> loadIds, SourceLoadStore loads) {
        this.loadIds = loadIds;
        this.loads = loads;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        nextLoad = 0;
        current = List.of();
        position = 0;
    }

    @Override
    public StagedItem read() {
        while (position >= current.size()) {
            if (nextLoad >= loadIds.size()) {
                return null;
            }
            currentLoadId = loadIds.get(nextLoad++);
            SourceLoad load = loads.get(currentLoadId);
            ExtractedFile file = SourceFormat.of(load.format()).read(Path.of(load.filePath()), load.target(), load.asOf());
            if (file.asOf() != null && !file.asOf().equals(load.asOf())) {
                loads.setAsOf(currentLoadId, file.asOf());
            }
            current = file.items();
            position = loads.itemsWritten(currentLoadId);
        }
        return new StagedItem(currentLoadId, position, current.get(position++));
    }
}
