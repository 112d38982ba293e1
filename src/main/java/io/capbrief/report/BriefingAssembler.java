package io.capbrief.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import io.capbrief.metrics.DataNote;
import io.capbrief.metrics.RateLevel;
import io.capbrief.metrics.WeeklyFigures;
import io.capbrief.model.EventSpec;
import io.capbrief.model.IndexCode;
import io.capbrief.report.Briefing.Close;
import io.capbrief.report.Briefing.IndexSummary;
import io.capbrief.report.Briefing.RateSummary;
import io.capbrief.report.Briefing.Source;

/** Turns a week's computed figures into the briefing model that every renderer lays out. */
public final class BriefingAssembler {

    static final Map<String, String> RATE_LABELS = Map.of(
            "DGS10", "10-year Treasury yield",
            "DFF", "Fed funds (effective)");

    /** @param closes each index's closes over the last two years up to the week */
    public Briefing assemble(WeeklyFigures figures, int version, Instant generatedAt,
            Map<IndexCode, NavigableMap<LocalDate, Double>> closes, List<Source> sources, List<String> correction,
            List<DataNote> findings, List<Briefing.HistoryRow> history, boolean sample) {
        List<EventSpec> events = List.copyOf(figures.events());
        List<IndexSummary> indices = new ArrayList<>();
        figures.indices().forEach((code, p) -> indices.add(new IndexSummary(code.name(), code.label(), p,
                figures.figures().get(code.name() + ".fwd_pe"),
                NotSignificant.lowCoverage(figures.figures(), code.name() + ".fwd_pe"))));
        List<DataNote> allFindings = new ArrayList<>(findings);
        allFindings.addAll(figures.valuation().notes());
        List<RateSummary> rates = new ArrayList<>();
        figures.rates().forEach((series, r) -> rates.add(summary(r)));
        List<Close> closeList = new ArrayList<>();
        closes.forEach((code, series) -> series.forEach((date, close) -> closeList.add(new Close(code.name(), date, close))));
        return new Briefing(figures.week(), version, generatedAt, List.copyOf(indices), events, List.copyOf(rates),
                SummarySentences.write(indices, events, rates, figures.figures()), List.copyOf(closeList), sources, figures.figures(),
                correction,
                List.copyOf(allFindings), ValuationRows.of(figures.valuation(), history), sample);
    }

    private static RateSummary summary(RateLevel r) {
        return new RateSummary(r.series(), RATE_LABELS.getOrDefault(r.series(), r.series()), r.asOf(), r.level(),
                r.change1wBp(), r.eventChangesBp(), r.changeYtdBp());
    }
}
