package io.capbrief.cli.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

import io.capbrief.job.WeekOutcome;
import io.capbrief.job.WeekParameters;
import io.capbrief.job.WeeklyBriefingJobConfiguration;
import io.capbrief.job.WeeklyBriefingLauncher;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

/** One week on the warm store, from job start to the mail in the outbox, and each of its steps. */
final class WeeklyRunTiming {

    private final BenchReport report;
    private final PrintWriter console;

    WeeklyRunTiming(BenchReport report, PrintWriter console) {
        this.report = report;
        this.console = console;
    }

    void run(ConfigurableApplicationContext context, WeekParameters params) {
        Stopwatch stopwatch = Stopwatch.start();
        WeekOutcome outcome = context.getBean(WeeklyBriefingLauncher.class).run(params);
        double seconds = stopwatch.seconds();
        double cpuSeconds = stopwatch.cpuSeconds();
        if (outcome.status() != WeekOutcome.Status.ISSUED || outcome.mails().isEmpty()) {
            throw new IllegalStateException("the weekly run of " + params.week() + " ended " + outcome.status() + ": "
                    + outcome.message());
        }
        Map<String, Object> weekly = report.section("weekly_run");
        weekly.put("week", params.week().toString());
        weekly.put("seconds", BenchReport.round(seconds, 3));
        weekly.put("cpu_seconds", BenchReport.round(cpuSeconds, 3));
        JobExecution execution = context.getBean(JobRepository.class).getLastJobExecution(
                WeeklyBriefingJobConfiguration.JOB_NAME, WeekParameters.identifying(params.week()));
        Map<String, Object> steps = report.section("weekly_run", "steps_seconds");
        for (StepExecution step : execution.getStepExecutions()) {
            steps.put(step.getStepName(), BenchReport.round(StepSeconds.of(execution, step.getStepName()), 3));
        }
        report.row("weekly run (warm store)", String.format(Locale.ROOT, "%.2f s, %.2f s CPU (target < 10 s); steps %s",
                seconds, cpuSeconds, steps));
        console.printf("  weekly run of %s in %.2f s%n", params.week(), seconds);
        console.flush();
    }
}
