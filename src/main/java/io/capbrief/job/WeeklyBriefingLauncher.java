package io.capbrief.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Launches the weekly job for one week, or says why it need not or cannot run. */
@Component
public class WeeklyBriefingLauncher {

    private static final Logger log = LoggerFactory.getLogger(WeeklyBriefingLauncher.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job weeklyBriefing;
    private final BriefingArchive archive;
    private final boolean singleProcessStore;
    private final Set<LocalDate> launching = ConcurrentHashMap.newKeySet();

    public WeeklyBriefingLauncher(JobOperator operator, JobRepository repository, Job weeklyBriefing,
            BriefingArchive archive, @Value("${spring.datasource.url}") String storeUrl) {
        this.operator = operator;
        this.repository = repository;
        this.weeklyBriefing = weeklyBriefing;
        this.archive = archive;
        this.singleProcessStore = isSingleProcess(storeUrl);
    }

    /**
     * An embedded H2 store is locked by the one process that opened it, so an execution it finds
     * STARTED was left by a process that died, not by one still running.
     */
    static boolean isSingleProcess(String url) {
        String u = url.toUpperCase(java.util.Locale.ROOT);
        return u.startsWith("JDBC:H2:") && !u.startsWith("JDBC:H2:TCP:") && !u.startsWith("JDBC:H2:SSL:")
                && !u.contains("AUTO_SERVER=TRUE");
    }

    public WeekOutcome run(WeekParameters params) {
        if (!launching.add(params.week())) {
            return outcome(params, WeekOutcome.Status.RUNNING, List.of(), "is running in this process");
        }
        try {
            return launch(params);
        } finally {
            launching.remove(params.week());
        }
    }

    private WeekOutcome launch(WeekParameters params) {
        JobExecution last = repository.getLastJobExecution(weeklyBriefing.getName(),
                WeekParameters.identifying(params.week()));
        if (params.force() && last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return start(params, params.toJobParameters(System.currentTimeMillis()));
        }
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return outcome(params, WeekOutcome.Status.ALREADY_DONE, List.of(), "already done; nothing was run");
        }
        if (last != null && last.getStatus().isRunning()) {
            if (!singleProcessStore) {
                return outcome(params, WeekOutcome.Status.RUNNING, List.of(),
                        "is running (job execution " + last.getId() + ")");
            }
            log.warn("Week {}: job execution {} was left {} by a process that stopped; recovering it to restart",
                    params.week(), last.getId(), last.getStatus());
            operator.recover(last);
        }
        return start(params, params.toJobParameters());
    }

    private WeekOutcome start(WeekParameters params, org.springframework.batch.core.job.parameters.JobParameters jobParameters) {
        List<Path> outboxBefore = outbox(params.out());
        JobExecution execution;
        try {
            execution = operator.start(weeklyBriefing, jobParameters);
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
        if (issued && DeliverBriefingTasklet.HELD.equals(execution.getExitStatus().getExitCode())) {
            int version = execution.getExecutionContext().getInt(RenderBriefingTasklet.VERSION);
            return outcome(params, WeekOutcome.Status.HELD, mails, "held, not mailed: " + execution.getExitStatus().getExitDescription()
                    + "; release it with capbrief release --week " + params.week() + " --version " + version);
        }
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
