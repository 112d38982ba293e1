package io.capbrief.cli.bench;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.capbrief.job.WeekOutcome;
import io.capbrief.job.WeekParameters;
import io.capbrief.job.WeeklyBriefingJobConfiguration;
import io.capbrief.job.WeeklyBriefingLauncher;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/** The weeks before the week, oldest first, after any seeded history: the first ten weeks' times against the last ten's. */
final class BackfillTiming {

    private final BenchReport report;
    private final PrintWriter console;

    BackfillTiming(BenchReport report, PrintWriter console) {
        this.report = report;
        this.console = console;
    }

    void run(ConfigurableApplicationContext context, WeekParameters params, int weeks, int pastRuns) {
        JobRepository repository = context.getBean(JobRepository.class);
        if (pastRuns > 0) {
            Stopwatch seeding = Stopwatch.start();
            PastRuns.seed(repository, pastRuns, params);
            console.printf("  %d past runs put in the store's history in %.1f s%n", pastRuns, seeding.seconds());
        }
        WeeklyBriefingLauncher launcher = context.getBean(WeeklyBriefingLauncher.class);
        Map<String, Double> stepTotals = new LinkedHashMap<>();
        List<Double> perWeek = new ArrayList<>();
        List<Double> cpuPerWeek = new ArrayList<>();
        Stopwatch backfill = Stopwatch.start();
        for (int k = weeks; k >= 1; k--) {
            LocalDate week = params.week().minusWeeks(k);
            Stopwatch stopwatch = Stopwatch.start();
            WeekOutcome outcome = launcher.run(new WeekParameters(week, params.sources(), params.out()));
            perWeek.add(stopwatch.seconds());
            cpuPerWeek.add(stopwatch.cpuSeconds());
            if (outcome.failed()) {
                throw new IllegalStateException("the backfill week " + week + " failed: " + outcome.message());
            }
            JobExecution execution = repository.getLastJobExecution(WeeklyBriefingJobConfiguration.JOB_NAME,
                    WeekParameters.identifying(week));
            execution.getStepExecutions().forEach(step -> stepTotals.merge(step.getStepName(),
                    StepSeconds.of(execution, step.getStepName()), Double::sum));
        }
        double total = backfill.seconds();
        int n = Math.min(10, perWeek.size());
        double first = mean(perWeek.subList(0, n));
        double last = mean(perWeek.subList(perWeek.size() - n, perWeek.size()));
        double cpuFirst = mean(cpuPerWeek.subList(0, n));
        double cpuLast = mean(cpuPerWeek.subList(cpuPerWeek.size() - n, cpuPerWeek.size()));
        double cpuTotal = cpuPerWeek.stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Object> section = report.section("backfill");
        section.put("weeks", weeks);
        section.put("past_runs", pastRuns);
        section.put("seconds", BenchReport.round(total, 3));
        section.put("first10_seconds_per_week", BenchReport.round(first, 3));
        section.put("last10_seconds_per_week", BenchReport.round(last, 3));
        section.put("last10_to_first10", n == 0 ? null : BenchReport.round(last / first, 3));
        Map<String, Object> stepMeans = report.section("backfill", "step_seconds_per_week");
        stepTotals.forEach((step, seconds) -> stepMeans.put(step, BenchReport.round(seconds / Math.max(1, weeks), 3)));
        section.put("cpu_seconds", BenchReport.round(cpuTotal, 3));
        section.put("cpu_first10_seconds_per_week", BenchReport.round(cpuFirst, 3));
        section.put("cpu_last10_seconds_per_week", BenchReport.round(cpuLast, 3));
        section.put("cpu_last10_to_first10", n == 0 ? null : BenchReport.round(cpuLast / cpuFirst, 3));
        section.put("seconds_per_week", perWeek.stream().map(s -> BenchReport.round(s, 3)).toList());
        report.row("backfill", String.format(Locale.ROOT, "%d weeks in %.1f s (target < 60 s for 52); first 10 %.2f s/week, "
                + "last 10 %.2f s/week, ratio %.2f (target <= 1.2)", weeks, total, first, last, n == 0 ? 0 : last / first));
        report.row("backfill, CPU time", String.format(Locale.ROOT, "%.1f s; first 10 %.2f s/week, last 10 %.2f s/week, "
                + "ratio %.2f", cpuTotal, cpuFirst, cpuLast, n == 0 ? 0 : cpuLast / cpuFirst));
        report.row("backfill steps, s/week", stepMeans.toString());
        console.printf("  backfill of %d weeks in %.1f s%n", weeks, total);
        console.flush();
    }

    private static double mean(List<Double> seconds) {
        return seconds.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
