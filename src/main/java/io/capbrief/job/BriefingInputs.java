package io.capbrief.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.capbrief.extract.SourceSpec;
import io.capbrief.extract.SourcesManifest;
import io.capbrief.metrics.WeeklyFigures;
import io.capbrief.metrics.WeeklyFiguresCalculator;

/** What a week's figures are computed from: the manifest's events and rate series. */
final class BriefingInputs {

    private BriefingInputs() {}

    static WeeklyFigures figures(WeeklyFiguresCalculator calculator, SourcesManifest manifest, LocalDate week) {
        List<String> rateSeries = manifest.sources().stream().map(SourceSpec::series).filter(Objects::nonNull).distinct().toList();
        return calculator.compute(week, manifest.events(), rateSeries);
    }
}
