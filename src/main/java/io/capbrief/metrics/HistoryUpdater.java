package io.capbrief.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import io.capbrief.store.HistoryPointStore;
import io.capbrief.store.HoldingStore;
import io.capbrief.store.SourceLoadStore;

import org.springframework.stereotype.Component;

/**
 * Computes and stores the history points a week's briefing sets its figures against (METRICS.md
 * section 8): those it lacks, and those a load committed since made stale, each exactly what a
 * briefing for that week computes. The weekly job and {@code capbrief history} both come here.
 */
@Component
public class HistoryUpdater {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HistoryUpdater.class);

    /** Told after each point is stored. */
    @FunctionalInterface
    public interface Progress {
        void computed(int done, int total, LocalDate point);

        Progress NONE = (done, total, point) -> {};
    }

    /**
     * What an update did.
     *
     * @param points the history points of the range, computed or not
     * @param computed those computed now: missing, stale or rebuilt
     */
    public record Update(int points, int computed, int stale, long millis) {}

    private final HoldingStore holdings;
    private final HistoryPointStore store;
    private final SourceLoadStore loads;
    private final ValuationInputsReader inputs;
    private final ValuationCalculator calculator;

    HistoryUpdater(HoldingStore holdings, HistoryPointStore store, SourceLoadStore loads, ValuationInputsReader inputs,
            MetricsSettings settings) {
        this.holdings = holdings;
        this.store = store;
        this.loads = loads;
        this.inputs = inputs;
        this.calculator = new ValuationCalculator(settings.creditSpread(), settings.screens(), settings.coverageFloor());
    }

    /** Brings the week's history points up to date: what a weekly run calls before its own figures. */
    public Update update(LocalDate week) {
        return update(null, week, false, Progress.NONE);
    }

    /**
     * Computes the week's history points on or after {@code from} (all when null) that are missing or
     * stale, or every one of them when {@code rebuild}.
     */
    public synchronized Update update(LocalDate from, LocalDate week, boolean rebuild, Progress progress) {
        long started = System.nanoTime();
        List<LocalDate> points = holdings.firstAsOf().map(first -> HistoryCalendar.monthEndsBefore(first, week))
                .orElse(List.of()).stream().filter(p -> from == null || !p.isBefore(from)).toList();
        NavigableMap<LocalDate, Instant> computed = store.computed();
        List<LocalDate> stale = stale(points, computed);
        List<LocalDate> due = new ArrayList<>();
        for (LocalDate point : points) {
            if (rebuild || !computed.containsKey(point) || stale.contains(point)) {
                due.add(point);
            }
        }
        FundamentalsMemo memo = new FundamentalsMemo();
        long readNanos = 0;
        long computeNanos = 0;
        for (int i = 0; i < due.size(); i++) {
            LocalDate point = due.get(i);
            // taken before the reads: a load committed while this point is computed makes it stale
            Instant readAt = Instant.now();
            long t0 = System.nanoTime();
            ValuationInputs read = inputs.readForHistory(point);
            long t1 = System.nanoTime();
            Map<String, Double> figures = calculator.historyFigures(read, memo);
            computeNanos += System.nanoTime() - t1;
            readNanos += t1 - t0;
            store.replace(point, figures, readAt);
            progress.computed(i + 1, due.size(), point);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (!due.isEmpty()) {
            log.info("History points for {}: {} computed ({} stale) of {} in {} ms (store reads {} ms, figures {} ms)",
                    week, due.size(), stale.size(), points.size(), millis, readNanos / 1_000_000, computeNanos / 1_000_000);
        }
        return new Update(points.size(), due.size(), stale.size(), millis);
    }

    /**
     * The stored points a load committed after them reaches back to: a file whose rows are dated on or
     * before the point (a restatement filed after it reaches no further back than its filing).
     */
    private List<LocalDate> stale(List<LocalDate> points, NavigableMap<LocalDate, Instant> computed) {
        Instant oldest = points.stream().map(computed::get).filter(t -> t != null).min(Instant::compareTo).orElse(null);
        if (oldest == null) {
            return List.of();
        }
        List<SourceLoadStore.CommittedLoad> since = loads.committedAfter(oldest);
        return points.stream().filter(p -> computed.containsKey(p) && since.stream()
                .anyMatch(l -> l.committedAt().isAfter(computed.get(p)) && !l.knownFrom().isAfter(p))).toList();
    }
}
