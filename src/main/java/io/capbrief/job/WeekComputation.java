package io.capbrief.job;

import java.nio.file.Path;
import java.time.LocalDate;

import io.capbrief.extract.SourcesManifest;
import io.capbrief.metrics.WeeklyFigures;
import io.capbrief.metrics.WeeklyFiguresCalculator;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The week's figures, computed once per job execution and shared by the steps that need them.
 * A restarted execution (a new process) computes them again from the store.
 */
@Component
@JobScope
public class WeekComputation {

    private final WeeklyFiguresCalculator calculator;
    private final LocalDate week;
    private final Path sources;
    private WeeklyFigures figures;

    public WeekComputation(WeeklyFiguresCalculator calculator, @Value("#{jobParameters['week']}") LocalDate week,
            @Value("#{jobParameters['sources']}") String sources) {
        this.calculator = calculator;
        this.week = week;
        this.sources = Path.of(sources);
    }

    public synchronized WeeklyFigures figures() {
        if (figures == null) {
            figures = BriefingInputs.figures(calculator, SourcesManifest.read(sources), week);
        }
        return figures;
    }
}
