package io.capbrief.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.capbrief.job.WeekParameters;

/**
 * The week before the backfill's first, run as an operator runs a week on the warm store: {@code
 * java -jar} in a new process, from its start to its exit; then the week before that from the
 * unpacked layout, when the build left one beside the jar. Only from the jar: from a test or an
 * IDE there is no jar to start.
 */
final class WeekProcessTiming {

    private final BenchReport report;
    private final PrintWriter console;
    private final Path out;

    /** Each process's console output and log go to a folder of its own under {@code out}. */
    WeekProcessTiming(BenchReport report, PrintWriter console, Path out) {
        this.report = report;
        this.console = console;
        this.out = out;
    }

    void run(Path work, WeekParameters params) throws IOException {
        Optional<Path> jar = WeekProcess.runningJar();
        if (jar.isEmpty()) {
            report.section("week_process").put("skipped", "not started with java -jar");
            report.row("weekly run as a process", "skipped: the benchmark was not started with java -jar");
            return;
        }
        time(jar.get(), work, params, report.section("week_process"), "week-process",
                "weekly run as a process", " (target < 15 s)");
        Optional<Path> unpacked = WeekProcess.unpackedBeside(jar.get());
        if (unpacked.isPresent()) {
            WeekParameters earlier = new WeekParameters(params.week().minusWeeks(1), params.sources(), params.out());
            time(unpacked.get(), work, earlier, report.section("week_process", "unpacked"), "week-process-unpacked",
                    "weekly run as a process, unpacked", "");
        }
    }

    private void time(Path jar, Path work, WeekParameters params, Map<String, Object> entry, String logDir, String label,
            String target) throws IOException {
        WeekProcess.Outcome outcome = WeekProcess.run(jar, work, BenchStore.datasourceUrl(work), params,
                out.resolve(logDir).resolve("console.txt"));
        if (outcome.exitCode() != 0) {
            throw new IllegalStateException("the week " + params.week() + " run as a process from " + jar + " exited with "
                    + outcome.exitCode() + ": " + outcome.output());
        }
        entry.put("week", params.week().toString());
        entry.put("jar", jar.toString());
        entry.put("seconds", BenchReport.round(outcome.seconds(), 3));
        report.row(label, String.format(Locale.ROOT, "%.2f s from java -jar to exit%s, week %s", outcome.seconds(), target,
                params.week()));
        console.printf("  %s: week %s in %.2f s%n", label, params.week(), outcome.seconds());
        console.flush();
    }
}
