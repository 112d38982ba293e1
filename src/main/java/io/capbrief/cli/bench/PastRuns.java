package io.capbrief.cli.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.capbrief.job.WeekParameters;
import io.capbrief.job.WeeklyBriefingJobConfiguration;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Fills a store with the run history of years of operation: completed weekly job executions, each
 * with its six step executions, for weeks long before the benchmark's, so a backfill can show
 * whether launches slow down as history grows.
 */
final class PastRuns {

    static final LocalDate FIRST_WEEK = LocalDate.of(1990, 1, 5);
    private static final List<String> STEPS = List.of("plan", "extract", "publish", "figures", "render", "deliver");

    private PastRuns() {}

    static void seed(JobRepository repository, int count, WeekParameters template) {
        for (int i = 0; i < count; i++) {
            LocalDate week = FIRST_WEEK.plusWeeks(i);
            JobParameters parameters = new WeekParameters(week, template.sources(), template.out()).toJobParameters();
            JobInstance instance = repository.createJobInstance(WeeklyBriefingJobConfiguration.JOB_NAME, parameters);
            JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
            LocalDateTime start = week.atTime(18, 0);
            execution.setStartTime(start);
            execution.setStatus(BatchStatus.STARTED);
            repository.update(execution);
            for (String name : STEPS) {
                StepExecution step = repository.createStepExecution(name, execution);
                step.setStartTime(start);
                step.setEndTime(start.plusSeconds(1));
                step.setStatus(BatchStatus.COMPLETED);
                step.setExitStatus(ExitStatus.COMPLETED);
                repository.update(step);
            }
            execution.setEndTime(start.plusSeconds(10));
            execution.setStatus(BatchStatus.COMPLETED);
            execution.setExitStatus(ExitStatus.COMPLETED);
            repository.update(execution);
        }
    }
}
