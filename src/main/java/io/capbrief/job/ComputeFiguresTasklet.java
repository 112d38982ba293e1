package io.capbrief.job;

import io.capbrief.metrics.WeeklyFigures;
import io.capbrief.store.WeekFigureStore;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Computes the week's figures from the store and keeps them as the week's history entry. */
class ComputeFiguresTasklet implements Tasklet {

    private final WeekComputation computation;
    private final WeekFigureStore weekFigures;

    ComputeFiguresTasklet(WeekComputation computation, WeekFigureStore weekFigures) {
        this.computation = computation;
        this.weekFigures = weekFigures;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        WeeklyFigures figures = computation.figures();
        weekFigures.replace(figures.week(), figures.figures());
        return RepeatStatus.FINISHED;
    }
}
