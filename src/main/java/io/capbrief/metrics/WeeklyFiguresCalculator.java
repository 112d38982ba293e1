package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.capbrief.metrics.fundamentals.Constituent;
import io.capbrief.model.EventSpec;
import io.capbrief.model.IndexCode;
import io.capbrief.store.SeriesStore;

import org.springframework.stereotype.Component;

/** Computes all of a week's figures from what the store knew at the end of that week. */
@Component
public class WeeklyFiguresCalculator {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WeeklyFiguresCalculator.class);

    /** The rate series every briefing shows, whether or not a source provides them. */
    static final List<String> BRIEFED_RATES = List.of("DGS10", "DFF");

    private final SeriesStore series;
    private final ValuationInputsReader valuationInputs;
    private final ValuationCalculator valuations;
    private final HistoryUpdater history;
    private final IndexPerformanceCalculator performance = new IndexPerformanceCalculator();
    private final RateLevelCalculator rateLevels = new RateLevelCalculator();
    private final double creditSpread;

    WeeklyFiguresCalculator(SeriesStore series, ValuationInputsReader valuationInputs, HistoryUpdater history,
            MetricsSettings settings) {
        this.series = series;
        this.history = history;
        this.valuationInputs = valuationInputs;
        this.creditSpread = settings.creditSpread();
        this.valuations = new ValuationCalculator(settings.creditSpread(), settings.screens(), settings.coverageFloor());
    }

    public WeeklyFigures compute(LocalDate week, List<EventSpec> events, List<String> extraRateSeries) {
        Map<IndexCode, IndexPerformance> indices = new EnumMap<>(IndexCode.class);
        for (IndexCode index : IndexCode.values()) {
            indices.put(index, performance.compute(series.history(index.name(), week), week, events));
        }
        Set<String> rateSeries = new LinkedHashSet<>(BRIEFED_RATES);
        rateSeries.addAll(extraRateSeries);
        Map<String, RateLevel> rates = new LinkedHashMap<>();
        for (String name : rateSeries) {
            rates.put(name, rateLevels.compute(name, series.history(name, week), week, events));
        }
        Valuation valuation = valuation(week, rates.get("DGS10").level());
        Map<String, Double> figures = FigureNames.of(indices, rates);
        figures.putAll(valuation.figures());
        return new WeeklyFigures(week, events, indices, rates, valuation, figures);
    }

    /**
     * The week's valuation as {@link #compute} gives it, from the store as it stands now, without first
     * bringing the history points up to date (only the history statistics read them): for explaining figures.
     */
    public WeekValuation valuationAt(LocalDate week) {
        Double tenYearYield = rateLevels.compute("DGS10", series.history("DGS10", week), week, List.of()).level();
        ValuationInputs inputs = valuationInputs.read(week, tenYearYield);
        return new WeekValuation(week, tenYearYield, creditSpread, inputs.cikByTicker(), valuations.compute(inputs));
    }

    private Valuation valuation(LocalDate week, Double tenYearYield) {
        history.update(week);
        long start = System.nanoTime();
        ValuationInputs inputs = valuationInputs.read(week, tenYearYield);
        long loaded = System.nanoTime();
        Valuation valuation = valuations.compute(inputs);
        log.info("Valuation for {}: store read in {} ms ({} companies' facts), {} companies computed in {} ms", week,
                (loaded - start) / 1_000_000, inputs.factsByCik().size(), companies(valuation),
                (System.nanoTime() - loaded) / 1_000_000);
        return valuation;
    }

    /** The companies whose metrics were computed: each ticker once, however many indices hold it. */
    private static long companies(Valuation valuation) {
        return valuation.indices().values().stream()
                .flatMap(index -> index.constituents().stream())
                .map(Constituent::ticker)
                .filter(Objects::nonNull)
                .distinct()
                .count();
    }
}
