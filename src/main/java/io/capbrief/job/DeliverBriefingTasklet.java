package io.capbrief.job;

import java.util.Optional;

import io.capbrief.deliver.BriefingMailer;
import io.capbrief.deliver.OperatorAlerts;
import io.capbrief.store.BriefingFiles;
import io.capbrief.store.BriefingHolds;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Mails the version the render step issued; a run that issued nothing new mails nothing. A version the sanity limits
 * held goes to nobody on the lists: the operators are alerted once, and the step ends with the exit code
 * {@value #HELD}, which {@code capbrief runs} shows.
 */
class DeliverBriefingTasklet implements Tasklet {

    static final String HELD = "HELD";

    private final BriefingMailer mailer;
    private final BriefingHolds holds;
    private final OperatorAlerts alerts;

    DeliverBriefingTasklet(BriefingMailer mailer, BriefingHolds holds, OperatorAlerts alerts) {
        this.mailer = mailer;
        this.holds = holds;
        this.alerts = alerts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        WeekParameters params = WeekParameters.of(context);
        ExecutionContext jobContext = context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        if (!"true".equals(jobContext.getString(RenderBriefingTasklet.ISSUED, "false"))) {
            return RepeatStatus.FINISHED;
        }
        int version = jobContext.getInt(RenderBriefingTasklet.VERSION);
        BriefingFiles files = new BriefingFiles(RenderBriefingTasklet.versionDir(params.out(), params.week(), version));
        Optional<BriefingHolds.Hold> hold = holds.find(params.week(), version).filter(BriefingHolds.Hold::held);
        if (hold.isPresent()) {
            if (hold.get().alertedAt() == null) {
                alerts.held(params.week(), version, hold.get().reasons(), files, params.out().resolve("outbox"));
                holds.alerted(params.week(), version);
            }
            contribution.setExitStatus(new ExitStatus(HELD, String.join("; ", hold.get().reasons())));
            return RepeatStatus.FINISHED;
        }
        mailer.deliver(params.week(), version, files, params.out().resolve("outbox"));
        return RepeatStatus.FINISHED;
    }
}
