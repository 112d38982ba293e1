package io.capbrief.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;

import io.capbrief.metrics.WeeklyFigures;
import io.capbrief.model.IndexCode;
import io.capbrief.report.Briefing;
import io.capbrief.report.BriefingAssembler;
import io.capbrief.report.RejectedRowFindings;
import io.capbrief.store.RejectedRowStore;
import io.capbrief.store.SeriesStore;
import io.capbrief.store.SourceLoadStore;
import io.capbrief.store.WeekFigureStore;

import org.springframework.stereotype.Component;

/** A week's briefing model from its figures and what the store knew at the week: closes, sources, findings, history. */
@Component
public class WeekBriefingAssembler {

    /** The headline aggregates a PM charts week by week. */
    static final List<String> HISTORY_FIGURES = List.of("RUSSELL_2000.fwd_pe", "SP_500.fwd_pe", "RELATIVE.fwd_pe",
            "RUSSELL_2000.fwd_pe_ex_neg", "SP_500.fwd_pe_ex_neg", "RUSSELL_2000.fwd_pe_median", "SP_500.fwd_pe_median",
            "RUSSELL_2000.pct_unprofitable", "SP_500.pct_unprofitable");

    private final SeriesStore series;
    private final SourceLoadStore loads;
    private final RejectedRowStore rejected;
    private final WeekFigureStore weekFigures;
    private final BriefingAssembler assembler = new BriefingAssembler();

    public WeekBriefingAssembler(SeriesStore series, SourceLoadStore loads, RejectedRowStore rejected,
            WeekFigureStore weekFigures) {
        this.series = series;
        this.loads = loads;
        this.rejected = rejected;
        this.weekFigures = weekFigures;
    }

    public Briefing assemble(WeeklyFigures figures, int version, Instant generatedAt, List<String> correction) {
        LocalDate week = figures.week();
        return assembler.assemble(figures, version, generatedAt, closes(week), sources(week), correction,
                RejectedRowFindings.of(rejected.knownAt(week)), history(week));
    }

    private Map<IndexCode, NavigableMap<LocalDate, Double>> closes(LocalDate week) {
        Map<IndexCode, NavigableMap<LocalDate, Double>> closes = new EnumMap<>(IndexCode.class);
        for (IndexCode index : IndexCode.values()) {
            closes.put(index, series.history(index.name(), week).tailMap(week.minusYears(2), false));
        }
        return closes;
    }

    private List<Briefing.HistoryRow> history(LocalDate week) {
        return weekFigures.history(HISTORY_FIGURES, week).entrySet().stream()
                .filter(e -> e.getValue().values().stream().anyMatch(Objects::nonNull))
                .map(e -> new Briefing.HistoryRow(e.getKey(), e.getValue()))
                .toList();
    }

    private List<Briefing.Source> sources(LocalDate week) {
        return loads.summaries(week).stream()
                .map(s -> new Briefing.Source(s.sourceId(), s.file(), s.sha256(), s.asOf()))
                .toList();
    }
}
