package io.capbrief.job;

import io.capbrief.deliver.BriefingMailer;
import io.capbrief.store.BriefingFiles;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Mails the version the render step issued; a run that issued nothing new mails nothing. */
class DeliverBriefingTasklet implements Tasklet {

    private final BriefingMailer mailer;

    DeliverBriefingTasklet(BriefingMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        WeekParameters params = WeekParameters.of(context);
        ExecutionContext jobContext = context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        if (!"true".equals(jobContext.getString(RenderBriefingTasklet.ISSUED, "false"))) {
            return RepeatStatus.FINISHED;
        }
        int version = jobContext.getInt(RenderBriefingTasklet.VERSION);
        mailer.deliver(params.week(), version,
                new BriefingFiles(RenderBriefingTasklet.versionDir(params.out(), params.week(), version)),
                params.out().resolve("outbox"));
        return RepeatStatus.FINISHED;
    }
}
