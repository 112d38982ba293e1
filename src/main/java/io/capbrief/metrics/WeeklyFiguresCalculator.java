package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.capbrief.model.EventSpec;
import io.capbrief.model.IndexCode;
import io.capbrief.store.SeriesStore;

import org.springframework.stereotype.Component;

/** Computes all of a week's figures from what the store knew at the end of that week. */
@Component
public class WeeklyFiguresCalculator {

    /** The rate series every briefing shows, whether or not a source provides them. */
    static final List<String> BRIEFED_RATES = List.of("DGS10", "DFF");

    private final SeriesStore series;
    private final ValuationCalculator valuations;
    private final IndexPerformanceCalculator performance = new IndexPerformanceCalculator();
    private final RateLevelCalculator rateLevels = new RateLevelCalculator();

    public WeeklyFiguresCalculator(SeriesStore series, ValuationCalculator valuations) {
        this.series = series;
        this.valuations = valuations;
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
        Valuation valuation = valuations.compute(week, rates.get("DGS10").level());
        Map<String, Double> figures = FigureNames.of(indices, rates);
        figures.putAll(valuation.figures());
        return new WeeklyFigures(week, events, indices, rates, valuation, figures);
    }
}
