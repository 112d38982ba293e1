package io.capbrief.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.capbrief.extract.SourcesManifest;
import io.capbrief.job.WeekParameters;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each format on its own through the job's plan, extract and publish steps: rows per second from job start to commit. */
final class FormatIngest {

    /** The formats in the order they are loaded. */
    static final List<String> FORMATS = List.of("fred-csv", "price-csv", "ishares-holdings-csv", "spdr-holdings-xlsx",
            "sec-company-tickers-json", "sec-companyfacts-json", "estimates-csv", "ticker-prices-csv");

    static final String FACTS_FORMAT = "sec-companyfacts-json";

    private final BenchReport report;
    private final PrintWriter console;

    FormatIngest(BenchReport report, PrintWriter console) {
        this.report = report;
        this.console = console;
    }

    void run(ConfigurableApplicationContext context, SourcesManifest manifest, LocalDate week, Path briefings) {
        JobOperator operator = context.getBean(JobOperator.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Job ingest = new JobBuilder("benchIngest", context.getBean(JobRepository.class))
                .start(context.getBean("plan", Step.class))
                .next(context.getBean("extract", Step.class))
                .next(context.getBean("publish", Step.class))
                .build();
        for (String format : FORMATS) {
            Optional<Path> formatManifest = FormatManifest.write(manifest, format);
            if (formatManifest.isEmpty()) {
                continue;
            }
            Stopwatch stopwatch = Stopwatch.start();
            JobExecution execution = start(operator, ingest, new JobParametersBuilder(
                    new WeekParameters(week, formatManifest.get(), briefings).toJobParameters())
                    .addString("format", format).toJobParameters());
            double seconds = stopwatch.seconds();
            double cpuSeconds = stopwatch.cpuSeconds();
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("the ingest of " + format + " ended " + execution.getStatus() + ": "
                        + execution.getAllFailureExceptions());
            }
            long rows = Objects.requireNonNullElse(jdbc.queryForObject(
                    "SELECT SUM(row_count) FROM source_load WHERE format = ? AND state = 'COMMITTED'", Long.class, format), 0L);
            Map<String, Object> entry = report.section("ingest", format);
            entry.put("rows", rows);
            entry.put("seconds", BenchReport.round(seconds, 3));
            entry.put("rows_per_second", Math.round(rows / seconds));
            entry.put("cpu_seconds", BenchReport.round(cpuSeconds, 3));
            entry.put("extract_step_seconds", BenchReport.round(StepSeconds.of(execution, "extract"), 3));
            report.row("ingest " + format, String.format(Locale.ROOT, "%,d rows in %.2f s = %,d rows/s", rows, seconds,
                    Math.round(rows / seconds)));
            console.printf("  ingested %-26s %,10d rows in %6.2f s%n", format, rows, seconds);
            console.flush();
        }
    }

    private static JobExecution start(JobOperator operator, Job job, JobParameters parameters) {
        try {
            return operator.start(job, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start " + job.getName() + ": " + e.getMessage(), e);
        }
    }
}
