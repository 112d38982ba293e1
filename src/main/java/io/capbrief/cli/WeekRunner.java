package io.capbrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.capbrief.job.DefaultSources;
import io.capbrief.job.RunSettings;
import io.capbrief.job.WeekOutcome;
import io.capbrief.job.WeekParameters;
import io.capbrief.job.WeeklyBriefingLauncher;
import io.capbrief.store.BriefingFiles;

import org.springframework.stereotype.Component;

/** Runs a list of weeks in order, printing where each week's briefing went or why it did not. */
@Component
class WeekRunner {

    private final WeeklyBriefingLauncher launcher;
    private final DefaultSources defaultSources;
    private final RunSettings settings;

    WeekRunner(WeeklyBriefingLauncher launcher, DefaultSources defaultSources, RunSettings settings) {
        this.launcher = launcher;
        this.defaultSources = defaultSources;
        this.settings = settings;
    }

    List<WeekOutcome> runWeeks(List<LocalDate> weeks, Path sources, Path out, boolean force, PrintWriter console) {
        return runWeeks(weeks, sources, out, force, true, console);
    }

    /** @param fetch whether each week first downloads the manifest's {@code url:} entries */
    List<WeekOutcome> runWeeks(List<LocalDate> weeks, Path sources, Path out, boolean force, boolean fetch,
            PrintWriter console) {
        Path manifest = defaultSources.manifest(sources);
        Path outDir = out != null ? out : settings.outDir();
        List<WeekOutcome> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        for (LocalDate week : weeks) {
            WeekOutcome outcome = launcher.run(new WeekParameters(week, manifest, outDir, force, fetch));
            outcomes.add(outcome);
            print(outcome, console);
            if (weeks.size() > 1) {
                console.println(progress(outcomes.size(), weeks.size(), System.nanoTime() - started));
            }
            console.flush();
        }
        if (weeks.size() > 1) {
            console.println();
            console.println(String.format("%-12s %-13s %-8s %s", "week", "status", "version", "detail"));
            outcomes.forEach(o -> console.println(String.format("%-12s %-13s %-8s %s", o.week(), o.status(),
                    o.version() == null ? "-" : "v" + o.version(), o.message())));
        }
        console.flush();
        return outcomes;
    }

    private static void print(WeekOutcome o, PrintWriter console) {
        String version = o.version() == null ? "" : " (version " + o.version() + ")";
        switch (o.status()) {
            case FAILED -> console.println("Week ending " + o.week() + " FAILED: " + o.message());
            case RUNNING -> console.println("Week ending " + o.week() + " " + o.message());
            default -> console.println("Week ending " + o.week() + ": " + o.message() + version);
        }
        if (o.versionDir() != null && o.status() != WeekOutcome.Status.FAILED) {
            BriefingFiles files = new BriefingFiles(o.versionDir());
            console.println("  PDF       " + files.pdf());
            console.println("  Workbook  " + files.workbook());
            console.println("  Figures   " + files.figures());
        }
        o.mails().forEach(m -> console.println("  Email     " + m));
    }

    private static String progress(int done, int total, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double perWeek = seconds / done;
        Duration left = Duration.ofSeconds(Math.round(perWeek * (total - done)));
        return String.format("  [%d/%d weeks, %.2f weeks/s, %s left]", done, total, done / Math.max(seconds, 1e-9),
                left.toMinutesPart() + "m" + left.toSecondsPart() + "s");
    }
}
