package io.capbrief.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.capbrief.CapbriefApplication;
import io.capbrief.extract.SourceSpec;
import io.capbrief.extract.SourcesManifest;
import io.capbrief.job.WeekBriefingAssembler;
import io.capbrief.job.WeekOutcome;
import io.capbrief.job.WeekParameters;
import io.capbrief.job.WeeklyBriefingJobConfiguration;
import io.capbrief.job.WeeklyBriefingLauncher;
import io.capbrief.metrics.WeeklyFigures;
import io.capbrief.metrics.WeeklyFiguresCalculator;
import io.capbrief.report.Briefing;
import io.capbrief.report.pdf.PageSize;
import io.capbrief.report.pdf.PdfBriefingRenderer;
import io.capbrief.report.workbook.BriefingWorkbookWriter;
import io.capbrief.sample.SampleLandingZone;
import io.capbrief.sample.SampleUniverse;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code capbrief bench}: a synthetic universe at a chosen scale through a store of its own, timing
 * the ingest of each format against H2's own bulk load, the figures, the PDF and workbook, one
 * weekly run on the warm store and a backfill.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the pipeline on a synthetic universe in a temporary landing zone and store; "
                + "prints a table and writes bench.json.")
public class BenchCommand implements Callable<Integer> {

    /** The formats in the order they are loaded, each through the job's plan, extract and publish steps. */
    static final List<String> FORMATS = List.of("fred-csv", "price-csv", "ishares-holdings-csv", "spdr-holdings-xlsx",
            "sec-company-tickers-json", "sec-companyfacts-json", "estimates-csv", "ticker-prices-csv");

    static final String FACTS_FORMAT = "sec-companyfacts-json";

    @Option(names = "--companies", paramLabel = "N", description = "Index members at each date (default: ${DEFAULT-VALUE}).")
    int companies = SampleUniverse.DEFAULT_COMPANIES;

    @Option(names = "--years", paramLabel = "Y", description = "Years of filings before the week (default: ${DEFAULT-VALUE}).")
    int years = SampleUniverse.DEFAULT_YEARS;

    @Option(names = "--weeks", paramLabel = "K", description = "Weeks to backfill before the week (default: ${DEFAULT-VALUE}).")
    int weeks = 52;

    @Option(names = "--past-runs", paramLabel = "N",
            description = "Completed weekly runs to put in the store's history before the backfill (default: ${DEFAULT-VALUE}).")
    int pastRuns = 0;

    @Option(names = "--out", paramLabel = "DIR", description = "Where bench.json goes (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("bench");

    @Spec
    CommandSpec spec;

    private final BenchReport report = new BenchReport();
    private final List<String[]> table = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        LocalDate week = SampleUniverse.W;
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("capbrief-bench-");
        try {
            scaleAndMachine();
            long t = System.nanoTime();
            Path landing = work.resolve("landing");
            new SampleLandingZone(companies, years).write(landing);
            double generate = seconds(t);
            report.put("generate_seconds", BenchReport.round(generate, 2));
            console.printf("Sample universe of %,d companies x %d years written in %.1f s%n", companies, years, generate);
            console.flush();
            Path manifest = landing.resolve("sources.yml");
            Path briefings = work.resolve("out");
            try (PeakHeap heap = new PeakHeap()) {
                try (ConfigurableApplicationContext context = store(work)) {
                    ingest(context, landing, week, briefings, console);
                    h2BulkLoad(context, work);
                    weeklyRun(context, new WeekParameters(week, manifest, briefings), console);
                    metricsAndRender(context, manifest, week, work);
                }
                // the store is closed: the embedded H2 store admits one process at a time
                weekProcess(work, new WeekParameters(week.minusWeeks(weeks + 1L), manifest, briefings), console);
                try (ConfigurableApplicationContext context = store(work)) {
                    backfill(context, new WeekParameters(week, manifest, briefings), console);
                }
                memory(heap);
            }
            report.write(out.resolve("bench.json"));
            report.print(console, table);
            console.println("Results written to " + out.resolve("bench.json").toAbsolutePath().normalize());
            return 0;
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    private void scaleAndMachine() {
        Map<String, Object> scale = report.section("scale");
        scale.put("companies", companies);
        scale.put("years", years);
        scale.put("weeks", weeks);
        scale.put("past_runs", pastRuns);
        Map<String, Object> machine = report.section("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("java_version", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("load_average_at_start", BenchReport.round(
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2));
        table.add(row("scale", companies + " companies x " + years + " years, backfill " + weeks + " weeks, "
                + pastRuns + " past runs"));
        table.add(row("machine", machine.get("cores") + " cores, max heap " + machine.get("max_heap_mb") + " MB, Java "
                + machine.get("java_version") + ", load " + machine.get("load_average_at_start")));
    }

    /** The whole application on a store of its own, so the benchmark never touches the operator's. */
    private ConfigurableApplicationContext store(Path work) {
        return new SpringApplicationBuilder(CapbriefApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .web(WebApplicationType.NONE)
                .registerShutdownHook(false)
                .run("--capbrief.cli.enabled=false",
                        "--capbrief.data-dir=" + work,
                        "--capbrief.out-dir=" + work.resolve("out"),
                        "--capbrief.landing-dir=" + work.resolve("landing"),
                        "--spring.datasource.url=" + datasourceUrl(work),
                        // the benchmark's mail goes to its outbox, never to a configured SMTP server
                        "--spring.autoconfigure.exclude=org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration");
    }

    private static String datasourceUrl(Path work) {
        // the settings of the default store in application.yml, so the benchmark times what an operator runs
        return "jdbc:h2:file:" + work.resolve("store/bench") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /**
     * The week before the backfill's first, run as an operator runs a week on the warm store: {@code
     * java -jar} in a new process, from its start to its exit; then the week before that from the
     * unpacked layout, when the build left one beside the jar. Only from the jar: from a test or an
     * IDE there is no jar to start.
     */
    private void weekProcess(Path work, WeekParameters params, PrintWriter console) throws IOException {
        Optional<Path> jar = WeekProcess.runningJar();
        if (jar.isEmpty()) {
            report.section("week_process").put("skipped", "not started with java -jar");
            table.add(row("weekly run as a process", "skipped: the benchmark was not started with java -jar"));
            return;
        }
        timeWeekProcess(jar.get(), work, params, report.section("week_process"), "week-process",
                "weekly run as a process", " (target < 15 s)", console);
        Optional<Path> unpacked = WeekProcess.unpackedBeside(jar.get());
        if (unpacked.isPresent()) {
            WeekParameters earlier = new WeekParameters(params.week().minusWeeks(1), params.sources(), params.out());
            timeWeekProcess(unpacked.get(), work, earlier, report.section("week_process", "unpacked"), "week-process-unpacked",
                    "weekly run as a process, unpacked", "", console);
        }
    }

    private void timeWeekProcess(Path jar, Path work, WeekParameters params, Map<String, Object> entry, String logDir,
            String label, String target, PrintWriter console) throws IOException {
        WeekProcess.Outcome outcome = WeekProcess.run(jar, work, datasourceUrl(work), params,
                out.resolve(logDir).resolve("console.txt"));
        if (outcome.exitCode() != 0) {
            throw new IllegalStateException("the week " + params.week() + " run as a process from " + jar + " exited with "
                    + outcome.exitCode() + ": " + outcome.output());
        }
        entry.put("week", params.week().toString());
        entry.put("jar", jar.toString());
        entry.put("seconds", BenchReport.round(outcome.seconds(), 3));
        table.add(row(label, String.format(Locale.ROOT, "%.2f s from java -jar to exit%s, week %s", outcome.seconds(), target,
                params.week())));
        console.printf("  %s: week %s in %.2f s%n", label, params.week(), outcome.seconds());
        console.flush();
    }

    /** Each format on its own through plan, extract and publish: rows per second from job start to commit. */
    private void ingest(ConfigurableApplicationContext context, Path landing, LocalDate week, Path briefings,
            PrintWriter console) throws IOException {
        JobRepository repository = context.getBean(JobRepository.class);
        JobOperator operator = context.getBean(JobOperator.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Job ingest = new JobBuilder("benchIngest", repository)
                .start(context.getBean("plan", Step.class))
                .next(context.getBean("extract", Step.class))
                .next(context.getBean("publish", Step.class))
                .build();
        List<String> lines = Files.readAllLines(landing.resolve("sources.yml"));
        for (String format : FORMATS) {
            List<String> entries = lines.stream().filter(l -> l.contains("format: " + format + ",")).toList();
            if (entries.isEmpty()) {
                continue;
            }
            Path manifest = landing.resolve("bench-" + format + ".yml");
            Files.writeString(manifest, "sources:\n" + String.join("\n", entries) + "\n");
            long t = System.nanoTime();
            long cpu = cpuNanos();
            JobExecution execution = start(operator, ingest, new JobParametersBuilder(
                    new WeekParameters(week, manifest, briefings).toJobParameters())
                    .addString("format", format).toJobParameters());
            double seconds = seconds(t);
            double cpuSeconds = (cpuNanos() - cpu) / 1e9;
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
            entry.put("extract_step_seconds", BenchReport.round(stepSeconds(execution, "extract"), 3));
            table.add(row("ingest " + format, String.format(Locale.ROOT, "%,d rows in %.2f s = %,d rows/s", rows, seconds,
                    Math.round(rows / seconds))));
            console.printf("  ingested %-26s %,10d rows in %6.2f s%n", format, rows, seconds);
            console.flush();
        }
    }

    /**
     * The reference: H2 loading the same facts from a CSV file into a table of the store's shape: the
     * same columns, primary key, foreign key to its load (H2 indexes it) and secondary indexes, the
     * last read from the catalogue so that the reference follows the store's migrations.
     */
    private void h2BulkLoad(ConfigurableApplicationContext context, Path work) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String csv = work.resolve("facts.csv").toString().replace("'", "''");
        jdbc.execute("CALL CSVWRITE('" + csv + "', 'SELECT load_id, seq, cik, taxonomy, concept, unit, start_date, "
                + "end_date, val, fy, fp, form, filed FROM company_fact')");
        jdbc.execute("""
                CREATE TABLE bench_fact (
                    load_id BIGINT NOT NULL REFERENCES source_load (id), seq INTEGER NOT NULL, cik CHAR(10) NOT NULL,
                    taxonomy VARCHAR(20) NOT NULL, concept VARCHAR(200) NOT NULL, unit VARCHAR(20) NOT NULL,
                    start_date DATE, end_date DATE NOT NULL, val DOUBLE PRECISION NOT NULL, fy INTEGER, fp VARCHAR(4),
                    form VARCHAR(20), filed DATE NOT NULL,
                    PRIMARY KEY (load_id, seq))""");
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        jdbc.query("""
                SELECT c.INDEX_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS c
                JOIN INFORMATION_SCHEMA.INDEXES i ON i.INDEX_SCHEMA = c.INDEX_SCHEMA AND i.INDEX_NAME = c.INDEX_NAME
                WHERE c.TABLE_NAME = 'COMPANY_FACT' AND i.INDEX_TYPE_NAME = 'INDEX'
                  AND c.INDEX_NAME NOT IN (SELECT t.INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t
                                           WHERE t.TABLE_NAME = 'COMPANY_FACT' AND t.INDEX_NAME IS NOT NULL)
                ORDER BY c.INDEX_NAME, c.ORDINAL_POSITION""",
                (RowCallbackHandler) rs -> indexes
                        .computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(rs.getString(2).toLowerCase(Locale.ROOT)));
        indexes.forEach((name, columns) -> jdbc.execute(
                "CREATE INDEX bench_" + name + " ON bench_fact (" + String.join(", ", columns) + ")"));
        long t = System.nanoTime();
        long cpu = cpuNanos();
        int rows = jdbc.update("INSERT INTO bench_fact SELECT * FROM CSVREAD('" + csv + "')");
        double seconds = seconds(t);
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        jdbc.execute("DROP TABLE bench_fact");
        long rate = Math.round(rows / seconds);
        Map<String, Object> h2 = report.section("h2_bulk_load");
        h2.put("facts", rows);
        h2.put("seconds", BenchReport.round(seconds, 3));
        h2.put("rows_per_second", rate);
        h2.put("cpu_seconds", BenchReport.round(cpuSeconds, 3));
        h2.put("secondary_indexes", indexes);
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) report.section("ingest").get(FACTS_FORMAT);
        double ratio = ((Number) facts.get("rows_per_second")).doubleValue() / rate;
        report.put("facts_ingest_ratio_to_h2_bulk_load", BenchReport.round(ratio, 3));
        // on a machine shared with other builds, CPU time is the steadier measure
        double cpuRatio = cpuSeconds / ((Number) facts.get("cpu_seconds")).doubleValue();
        report.put("facts_ingest_cpu_ratio_to_h2_bulk_load", BenchReport.round(cpuRatio, 3));
        table.add(row("H2 bulk load of the facts", String.format(Locale.ROOT, "%,d rows in %.2f s = %,d rows/s", rows,
                seconds, rate)));
        table.add(row("facts ingest / H2 bulk load", String.format(Locale.ROOT, "%.2f by wall clock, %.2f by CPU time (target >= 0.5)", ratio, cpuRatio)));
    }

    /** One week on the warm store, from job start to the mail in the outbox. */
    private void weeklyRun(ConfigurableApplicationContext context, WeekParameters params, PrintWriter console) {
        long t = System.nanoTime();
        long cpu = cpuNanos();
        WeekOutcome outcome = context.getBean(WeeklyBriefingLauncher.class).run(params);
        double seconds = seconds(t);
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
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
            steps.put(step.getStepName(), BenchReport.round(stepSeconds(execution, step.getStepName()), 3));
        }
        table.add(row("weekly run (warm store)", String.format(Locale.ROOT, "%.2f s, %.2f s CPU (target < 10 s); steps %s", seconds, cpuSeconds, steps)));
        console.printf("  weekly run of %s in %.2f s%n", params.week(), seconds);
        console.flush();
    }

    /** The figures, the PDF and the workbook of the week once more, each timed on its own. */
    private void metricsAndRender(ConfigurableApplicationContext context, Path manifestFile, LocalDate week, Path work) {
        SourcesManifest manifest = SourcesManifest.read(manifestFile);
        List<String> rateSeries = manifest.sources().stream().map(SourceSpec::series).filter(Objects::nonNull).distinct().toList();
        long t = System.nanoTime();
        WeeklyFigures figures = context.getBean(WeeklyFiguresCalculator.class).compute(week, manifest.events(), rateSeries);
        double metrics = seconds(t);
        Briefing briefing = context.getBean(WeekBriefingAssembler.class).assemble(figures, 1, Instant.now(), List.of());
        t = System.nanoTime();
        new PdfBriefingRenderer(PageSize.A4).render(briefing, work.resolve("bench.pdf"));
        double pdf = seconds(t);
        t = System.nanoTime();
        new BriefingWorkbookWriter().write(briefing, work.resolve("bench.xlsx"));
        double workbook = seconds(t);
        report.put("metrics_seconds", BenchReport.round(metrics, 3));
        report.put("pdf_seconds", BenchReport.round(pdf, 3));
        report.put("workbook_seconds", BenchReport.round(workbook, 3));
        table.add(row("metrics / PDF / workbook", String.format(Locale.ROOT, "%.2f s / %.2f s / %.2f s", metrics, pdf, workbook)));
    }

    /** The weeks before the week, oldest first, after any seeded history. */
    private void backfill(ConfigurableApplicationContext context, WeekParameters params, PrintWriter console) {
        if (pastRuns > 0) {
            long t = System.nanoTime();
            PastRuns.seed(context.getBean(JobRepository.class), pastRuns, params);
            console.printf("  %d past runs put in the store's history in %.1f s%n", pastRuns, seconds(t));
        }
        WeeklyBriefingLauncher launcher = context.getBean(WeeklyBriefingLauncher.class);
        JobRepository repository = context.getBean(JobRepository.class);
        Map<String, Double> stepTotals = new LinkedHashMap<>();
        List<Double> perWeek = new ArrayList<>();
        List<Double> cpuPerWeek = new ArrayList<>();
        long started = System.nanoTime();
        for (int k = weeks; k >= 1; k--) {
            LocalDate week = params.week().minusWeeks(k);
            long t = System.nanoTime();
            long cpu = cpuNanos();
            WeekOutcome outcome = launcher.run(new WeekParameters(week, params.sources(), params.out()));
            perWeek.add(seconds(t));
            cpuPerWeek.add((cpuNanos() - cpu) / 1e9);
            if (outcome.failed()) {
                throw new IllegalStateException("the backfill week " + week + " failed: " + outcome.message());
            }
            JobExecution execution = repository.getLastJobExecution(WeeklyBriefingJobConfiguration.JOB_NAME,
                    WeekParameters.identifying(week));
            execution.getStepExecutions().forEach(step -> stepTotals.merge(step.getStepName(),
                    stepSeconds(execution, step.getStepName()), Double::sum));
        }
        double total = seconds(started);
        int n = Math.min(10, perWeek.size());
        double first = perWeek.subList(0, n).stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double last = perWeek.subList(perWeek.size() - n, perWeek.size()).stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double cpuFirst = cpuPerWeek.subList(0, n).stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double cpuLast = cpuPerWeek.subList(cpuPerWeek.size() - n, cpuPerWeek.size()).stream().mapToDouble(Double::doubleValue)
                .average().orElse(0);
        double cpuTotal = cpuPerWeek.stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Object> backfill = report.section("backfill");
        backfill.put("weeks", weeks);
        backfill.put("past_runs", pastRuns);
        backfill.put("seconds", BenchReport.round(total, 3));
        backfill.put("first10_seconds_per_week", BenchReport.round(first, 3));
        backfill.put("last10_seconds_per_week", BenchReport.round(last, 3));
        backfill.put("last10_to_first10", n == 0 ? null : BenchReport.round(last / first, 3));
        Map<String, Object> stepMeans = report.section("backfill", "step_seconds_per_week");
        stepTotals.forEach((step, total1) -> stepMeans.put(step, BenchReport.round(total1 / Math.max(1, weeks), 3)));
        backfill.put("cpu_seconds", BenchReport.round(cpuTotal, 3));
        backfill.put("cpu_first10_seconds_per_week", BenchReport.round(cpuFirst, 3));
        backfill.put("cpu_last10_seconds_per_week", BenchReport.round(cpuLast, 3));
        backfill.put("cpu_last10_to_first10", n == 0 ? null : BenchReport.round(cpuLast / cpuFirst, 3));
        backfill.put("seconds_per_week", perWeek.stream().map(s -> BenchReport.round(s, 3)).toList());
        table.add(row("backfill", String.format(Locale.ROOT, "%d weeks in %.1f s (target < 60 s for 52); first 10 %.2f s/week, "
                + "last 10 %.2f s/week, ratio %.2f (target <= 1.2)", weeks, total, first, last, n == 0 ? 0 : last / first)));
        table.add(row("backfill, CPU time", String.format(Locale.ROOT, "%.1f s; first 10 %.2f s/week, last 10 %.2f s/week, "
                + "ratio %.2f", cpuTotal, cpuFirst, cpuLast, n == 0 ? 0 : cpuLast / cpuFirst)));
        table.add(row("backfill steps, s/week", stepMeans.toString()));
        console.printf("  backfill of %d weeks in %.1f s%n", weeks, total);
        console.flush();
    }

    private void memory(PeakHeap heap) {
        long mb = 1024 * 1024;
        report.put("peak_heap_mb", heap.peakBytes() / mb);
        report.put("peak_heap_pools_sum_mb", PeakHeap.poolPeakBytes() / mb);
        long rss = PeakHeap.peakRssBytes();
        report.put("peak_rss_mb", rss < 0 ? null : rss / mb);
        table.add(row("peak heap / peak RSS", heap.peakBytes() / mb + " MB / " + (rss < 0 ? "n/a" : rss / mb + " MB")
                + " (RSS includes generating the sample)"));
    }

    private static JobExecution start(JobOperator operator, Job job,
            org.springframework.batch.core.job.parameters.JobParameters parameters) {
        try {
            return operator.start(job, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start " + job.getName() + ": " + e.getMessage(), e);
        }
    }

    private static double stepSeconds(JobExecution execution, String stepName) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(stepName))
                .filter(s -> s.getStartTime() != null && s.getEndTime() != null)
                .mapToDouble(s -> Duration.between(s.getStartTime(), s.getEndTime()).toNanos() / 1e9).sum();
    }

    /**
     * The CPU time of the whole process: the parsing, the workbook and H2's writers run on threads
     * of their own, and on a machine shared with other builds CPU time is steadier than wall time.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }
}
