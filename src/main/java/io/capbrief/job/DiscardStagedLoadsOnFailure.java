package io.capbrief.job;

import io.capbrief.store.SourceLoadStore;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * When extraction fails on bad input, removes what the run staged, so the store is as it was.
 * A killed process never gets here: its staged rows stay, and the restart resumes from them.
 */
class DiscardStagedLoadsOnFailure implements StepExecutionListener {

    private final SourceLoadStore loads;

    DiscardStagedLoadsOnFailure(SourceLoadStore loads) {
        this.loads = loads;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() == BatchStatus.FAILED) {
            String loadIds = stepExecution.getJobExecution().getExecutionContext().getString(PlanSourcesTasklet.LOAD_IDS, "");
            PlanSourcesTasklet.parse(loadIds).forEach(loads::discard);
        }
        return null;
    }
}
