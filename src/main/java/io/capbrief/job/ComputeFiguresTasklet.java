package io.capbrief.job;

import io.capbrief.extract.SourcesManifest;
import io.capbrief.metrics.WeeklyFigures;
import io.capbrief.metrics.WeeklyFiguresCalculator;
import io.capbrief.store.WeekFigureStore;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Computes the week's figures from the store and keeps them as the week's history entry. */
class ComputeFiguresTasklet implements Tasklet {

    private final WeeklyFiguresCalculator calculator;
    private final WeekFigureStore weekFigures;

    ComputeFiguresTasklet(WeeklyFiguresCalculator calculator, WeekFigureStore weekFigures) {
        this.calculator = calculator;
        this.weekFigures = weekFigures;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        WeekParameters params = WeekParameters.of(context);
        WeeklyFigures figures = BriefingInputs.figures(calculator, SourcesManifest.read(params.sources()), params.week());
        weekFigures.replace(params.week(), figures.figures());
        return RepeatStatus.FINISHED;
    }
}
