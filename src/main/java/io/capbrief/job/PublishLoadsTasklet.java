package io.capbrief.job;

import io.capbrief.store.SourceLoadStore;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Commits every staged load of the run in the step's one transaction: all the files become visible at once. */
class PublishLoadsTasklet implements Tasklet {

    private final SourceLoadStore loads;

    PublishLoadsTasklet(SourceLoadStore loads) {
        this.loads = loads;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        String loadIds = context.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .getString(PlanSourcesTasklet.LOAD_IDS, "");
        PlanSourcesTasklet.parse(loadIds).forEach(loads::commit);
        return RepeatStatus.FINISHED;
    }
}
