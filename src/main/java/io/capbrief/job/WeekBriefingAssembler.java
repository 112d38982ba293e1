package io.capbrief.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;

import io.capbrief.metrics.DataNote;
import io.capbrief.metrics.HistoryFigures;
import io.capbrief.metrics.WeeklyFigures;
import io.capbrief.model.IndexCode;
import io.capbrief.report.Briefing;
import io.capbrief.report.BriefingAssembler;
import io.capbrief.report.RejectedRowFindings;
import io.capbrief.sample.SampleFingerprints;
import io.capbrief.store.RejectedRowStore;
import io.capbrief.store.SeriesStore;
import io.capbrief.store.SourceLoadStore;
import io.capbrief.store.HistoryPointStore;

import org.springframework.stereotype.Component;

/** A week's briefing model from its figures and what the store knew at the week: closes, sources, findings, history. */
@Component
public class WeekBriefingAssembler {

    private final SeriesStore series;
    private final SourceLoadStore loads;
    private final RejectedRowStore rejected;
    private final HistoryPointStore historyPoints;
    private final BriefingAssembler assembler = new BriefingAssembler();

    public WeekBriefingAssembler(SeriesStore series, SourceLoadStore loads, RejectedRowStore rejected,
            HistoryPointStore historyPoints) {
        this.series = series;
        this.loads = loads;
        this.rejected = rejected;
        this.historyPoints = historyPoints;
    }

    public Briefing assemble(WeeklyFigures figures, int version, Instant generatedAt, List<String> correction) {
        return assemble(figures, version, generatedAt, correction, List.of());
    }

    /** @param fetchFailures the lines of this run's failed downloads ("dgs10: fetch failed (...), kept the copy of ..."), for the data notes */
    public Briefing assemble(WeeklyFigures figures, int version, Instant generatedAt, List<String> correction,
            List<String> fetchFailures) {
        LocalDate week = figures.week();
        List<Briefing.Source> sources = sources(week);
        List<DataNote> findings = new ArrayList<>();
        // a download that failed kept the file's previous copy, which the week then read
        fetchFailures.forEach(line -> findings.add(new DataNote("fetch", null, line, "the previous copy (if any) was used")));
        findings.addAll(RejectedRowFindings.of(rejected.knownAt(week)));
        return assembler.assemble(figures, version, generatedAt, closes(week), sources, correction, findings,
                history(figures), onSample(sources));
    }

    private Map<IndexCode, NavigableMap<LocalDate, Double>> closes(LocalDate week) {
        Map<IndexCode, NavigableMap<LocalDate, Double>> closes = new EnumMap<>(IndexCode.class);
        for (IndexCode index : IndexCode.values()) {
            closes.put(index, series.history(index.name(), week).tailMap(week.minusYears(2), false));
        }
        return closes;
    }

    /** The history points before the week (METRICS.md section 8), then the week itself; points with no figure left out. */
    private List<Briefing.HistoryRow> history(WeeklyFigures figures) {
        List<Briefing.HistoryRow> rows = new ArrayList<>();
        historyPoints.pointsBefore(figures.week()).forEach((point, values) -> rows.add(new Briefing.HistoryRow(point, values)));
        rows.add(new Briefing.HistoryRow(figures.week(), HistoryFigures.of(figures.figures())));
        return rows.stream().filter(r -> r.figures().values().stream().anyMatch(Objects::nonNull)).toList();
    }

    /** Decided by the content the store holds, so neither a renamed folder nor an edited manifest hides the sample. */
    static boolean onSample(List<Briefing.Source> sources) {
        return SampleFingerprints.anyOf(sources.stream().map(Briefing.Source::sha256).toList());
    }

    private List<Briefing.Source> sources(LocalDate week) {
        return loads.summaries(week).stream()
                .map(s -> new Briefing.Source(s.sourceId(), s.file(), s.sha256(), s.asOf()))
                .toList();
    }
}
