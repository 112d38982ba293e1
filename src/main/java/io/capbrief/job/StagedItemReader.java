package io.capbrief.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.capbrief.extract.ExtractedFile;
import io.capbrief.extract.ExtractedParts;
import io.capbrief.extract.FutureDates;
import io.capbrief.extract.SourceFormat;
import io.capbrief.store.SourceLoad;
import io.capbrief.store.SourceLoadStore;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the planned files one after the other. A whole file is parsed before its first item is
 * handed on, so a file that is wrong as a whole fails before any of it is written. On a restart
 * each load resumes after the items already written: chunks commit their rows and the load's
 * item count together.
 *
 * <p>The next files are parsed on a thread of their own while the chunks of the current one are
 * written: parsing touches no store, and with it off the writing thread a load of thousands of
 * small companyfacts files takes the time of its inserts alone. At most {@value #PARSED_AHEAD}
 * files wait parsed, so memory stays bounded by the largest files, not by their number.
 *
 * <p>A file read in parts (SEC's bulk companyfacts zip, a company at a time) is opened ahead and its
 * parts are read here, one in memory at a time; the items of a load are counted across its parts.
 */
public class StagedItemReader implements ItemStreamReader<StagedItem> {

    static final int PARSED_AHEAD = 2;

    private record Parsing(SourceLoad load, Future<ExtractedParts> file) {}

    private final List<Long> loadIds;
    private final SourceLoadStore loads;
    private final Supplier<? extends Set<String>> constituents;
    private final Clock clock;
    private final Deque<Parsing> parsing = new ArrayDeque<>();
    private ExecutorService parser;
    private Map<Long, SourceLoad> staging = Map.of();
    private Map<Long, Integer> written = Map.of();
    private int nextLoad;
    private long currentLoadId;
    private SourceLoad currentLoad;
    private ExtractedParts parts;
    /** The items of the current part; {@code partStart} is the load's count of items before them. */
    private List<Object> current = List.of();
    private int partStart;
    private int offset;
    private int alreadyWritten;
    /** The day the current load is read on: its rows dated later are future dates. */
    private LocalDate today;

    /**
     * @param constituents the CIKs of the index constituents, asked for only when a file is read for them alone
     * @param clock the run's clock: a row dated after today is quarantined as a future date
     */
    public StagedItemReader(List<Long> loadIds, SourceLoadStore loads, Supplier<? extends Set<String>> constituents, Clock clock) {
        this.loadIds = loadIds;
        this.loads = loads;
        this.constituents = constituents;
        this.clock = clock;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        close();
        parser = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "capbrief-parse");
            thread.setDaemon(true);
            return thread;
        });
        // read once for every planned load, not once per file
        staging = loads.staging().stream().collect(Collectors.toMap(SourceLoad::id, load -> load));
        written = loads.itemsWrittenWhileStaging();
        nextLoad = 0;
        current = List.of();
        offset = 0;
    }

    @Override
    public StagedItem read() {
        while (offset >= current.size()) {
            if (parts != null && parts.hasNext()) {
                nextPart();
                continue;
            }
            closeParts();
            parseAhead();
            Parsing next = parsing.poll();
            if (next == null) {
                return null;
            }
            currentLoad = next.load();
            currentLoadId = currentLoad.id();
            parts = parsed(next.file());
            today = LocalDate.now(clock);
            alreadyWritten = written.getOrDefault(currentLoadId, 0);
            current = List.of();
            partStart = 0;
            offset = 0;
        }
        return new StagedItem(currentLoadId, partStart + offset, current.get(offset++));
    }

    /** The next part of the current load, past the items a failed run already wrote. */
    private void nextPart() {
        ExtractedFile file = FutureDates.quarantine(parts.next(), Path.of(currentLoad.filePath()), today);
        if (file.asOf() != null && !file.asOf().equals(currentLoad.asOf())) {
            loads.setAsOf(currentLoadId, file.asOf());
        }
        partStart += current.size();
        current = file.items();
        offset = Math.max(0, Math.min(current.size(), alreadyWritten - partStart));
    }

    @Override
    public void close() {
        if (parser != null) {
            parser.shutdownNow();
            parser = null;
        }
        closeParts();
        for (Parsing waiting : parsing) {
            if (waiting.file().isDone() && !waiting.file().isCancelled()) {
                try {
                    waiting.file().get().close();
                } catch (InterruptedException | ExecutionException e) {
                    // nothing was opened, or the reader's failure is reported where it is read
                }
            }
        }
        parsing.clear();
    }

    private void closeParts() {
        if (parts != null) {
            parts.close();
            parts = null;
        }
    }

    private void parseAhead() {
        while (parsing.size() <= PARSED_AHEAD && nextLoad < loadIds.size()) {
            long id = loadIds.get(nextLoad++);
            SourceLoad load = staging.containsKey(id) ? staging.get(id) : loads.get(id);
            SourceFormat format = SourceFormat.of(load.format());
            parsing.add(new Parsing(load, parser.submit(
                    () -> format.readParts(Path.of(load.filePath()), load.target(), load.asOf(), constituents))));
        }
    }

    /** The parsed file, or the parser's own exception, so that a bad file's message reaches the operator as it was. */
    private static ExtractedParts parsed(Future<ExtractedParts> file) {
        try {
            return file.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ItemStreamException("interrupted while a source file was parsed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new ItemStreamException(e.getCause());
        }
    }
}
