package io.capbrief.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.capbrief.extract.SourcesManifest;
import io.capbrief.job.WeekParameters;
import io.capbrief.sample.SampleLandingZone;
import io.capbrief.sample.SampleUniverse;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code capbrief bench}: a synthetic universe at a chosen scale through a store of its own, timing
 * the ingest of each format against H2's own bulk load, the history points, the figures, the PDF and
 * workbook, one weekly run on the warm store and a backfill.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the pipeline on a synthetic universe in a temporary landing zone and store; "
                + "prints a table and writes bench.json.")
public class BenchCommand implements Callable<Integer> {

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

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        BenchReport report = new BenchReport();
        LocalDate week = SampleUniverse.W;
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("capbrief-bench-");
        try {
            new BenchConditions(companies, years, weeks, pastRuns).report(report);
            Path landing = generate(work.resolve("landing"), report, console);
            Path manifestFile = landing.resolve("sources.yml");
            SourcesManifest manifest = SourcesManifest.read(manifestFile);
            Path briefings = work.resolve("out");
            try (PeakHeap heap = new PeakHeap()) {
                try (ConfigurableApplicationContext context = BenchStore.open(work)) {
                    new FormatIngest(report, console).run(context, manifest, week, briefings);
                    new H2BulkLoad(report).run(context.getBean(JdbcTemplate.class), work);
                    new HistoryTiming(report, console).run(context, week);
                    new WeeklyRunTiming(report, console).run(context, new WeekParameters(week, manifestFile, briefings));
                    new RenderTiming(report).run(context, manifest, week, work);
                }
                // the store is closed: the embedded H2 store admits one process at a time
                new WeekProcessTiming(report, console, out)
                        .run(work, new WeekParameters(week.minusWeeks(weeks + 1L), manifestFile, briefings));
                try (ConfigurableApplicationContext context = BenchStore.open(work)) {
                    new BackfillTiming(report, console)
                            .run(context, new WeekParameters(week, manifestFile, briefings), weeks, pastRuns);
                }
                heap.report(report);
            }
            report.write(out.resolve("bench.json"));
            report.print(console);
            console.println("Results written to " + out.resolve("bench.json").toAbsolutePath().normalize());
            return 0;
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** The synthetic landing zone, timed. */
    private Path generate(Path landing, BenchReport report, PrintWriter console) {
        Stopwatch stopwatch = Stopwatch.start();
        new SampleLandingZone(companies, years).write(landing);
        double seconds = stopwatch.seconds();
        report.put("generate_seconds", BenchReport.round(seconds, 2));
        console.printf("Sample universe of %,d companies x %d years written in %.1f s%n", companies, years, seconds);
        console.flush();
        return landing;
    }
}
