package io.capbrief.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.capbrief.store.BriefingArchive;
import io.capbrief.store.BriefingVersion;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** Launches the weekly job for one week, or says why it need not or cannot run. */
@Component
public class WeeklyBriefingLauncher {

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job weeklyBriefing;
    private final BriefingArchive archive;

    public WeeklyBriefingLauncher(JobOperator operator, JobRepository repository, Job weeklyBriefing,
            BriefingArchive archive) {
        this.operator = operator;
        this.repository = repository;
        this.weeklyBriefing = weeklyBriefing;
        this.archive = archive;
    }

    public WeekOutcome run(WeekParameters params) {
        JobExecution last = repository.getLastJobExecution(weeklyBriefing.getName(),
                WeekParameters.identifying(params.week()));
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return outcome(params, WeekOutcome.Status.ALREADY_DONE, List.of(), "already done; nothing was run");
        }
        if (last != null && last.getStatus().isRunning()) {
            return outcome(params, WeekOutcome.Status.RUNNING, List.of(),
                    "is running (job execution " + last.getId() + ")");
        }
        List<Path> outboxBefore = outbox(params.out());
        JobExecution execution;
        try {
            execution = operator.start(weeklyBriefing, params.toJobParameters());
        } catch (JobInstanceAlreadyCompleteException e) {
            return outcome(params, WeekOutcome.Status.ALREADY_DONE, List.of(), "already done; nothing was run");
        } catch (JobExecutionAlreadyRunningException e) {
            return outcome(params, WeekOutcome.Status.RUNNING, List.of(), "is running: " + e.getMessage());
        } catch (Exception e) {
            return outcome(params, WeekOutcome.Status.FAILED, List.of(), rootMessage(e));
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = execution.getAllFailureExceptions().stream().findFirst().map(WeeklyBriefingLauncher::rootMessage)
                    .orElse(execution.getExitStatus().getExitDescription());
            return outcome(params, WeekOutcome.Status.FAILED, List.of(), reason);
        }
        boolean issued = "true".equals(execution.getExecutionContext().getString(RenderBriefingTasklet.ISSUED, "false"));
        List<Path> mails = outbox(params.out()).stream().filter(p -> !outboxBefore.contains(p)).toList();
        return outcome(params, issued ? WeekOutcome.Status.ISSUED : WeekOutcome.Status.UNCHANGED, mails,
                issued ? "issued" : "figures unchanged; nothing new issued");
    }

    private WeekOutcome outcome(WeekParameters params, WeekOutcome.Status status, List<Path> mails, String message) {
        Optional<BriefingVersion> latest = archive.latest(params.week());
        return new WeekOutcome(params.week(), status, latest.map(BriefingVersion::version).orElse(null),
                latest.map(v -> Path.of(v.outDir())).orElse(null), mails, message);
    }

    private static List<Path> outbox(Path out) {
        Path outbox = out.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
