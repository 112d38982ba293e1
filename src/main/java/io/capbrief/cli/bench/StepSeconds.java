package io.capbrief.cli.bench;

import java.time.Duration;

import org.springframework.batch.core.job.JobExecution;

/** How long a step of a job execution ran, from the times the job repository recorded. */
final class StepSeconds {

    private StepSeconds() {}

    static double of(JobExecution execution, String stepName) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(stepName))
                .filter(s -> s.getStartTime() != null && s.getEndTime() != null)
                .mapToDouble(s -> Duration.between(s.getStartTime(), s.getEndTime()).toNanos() / 1e9).sum();
    }
}
