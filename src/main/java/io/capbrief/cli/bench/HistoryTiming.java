package io.capbrief.cli.bench;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.capbrief.metrics.HistoryUpdater;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The history points of the week built from scratch on the loaded store, then the increment a weekly
 * run pays a month later, the one new point, for each of the next three months.
 */
final class HistoryTiming {

    private final BenchReport report;
    private final PrintWriter console;

    HistoryTiming(BenchReport report, PrintWriter console) {
        this.report = report;
        this.console = console;
    }

    void run(ConfigurableApplicationContext context, LocalDate week) {
        HistoryUpdater history = context.getBean(HistoryUpdater.class);
        Stopwatch build = Stopwatch.start();
        HistoryUpdater.Update full = history.update(null, week, true, HistoryUpdater.Progress.NONE);
        double buildSeconds = build.seconds();
        double buildCpu = build.cpuSeconds();
        // the first weeks of the next three months: each adds the month-end just past, as a weekly run a month on does
        List<Double> increments = new ArrayList<>();
        List<Integer> computed = new ArrayList<>();
        LocalDate nextMonth = week;
        for (int month = 0; month < 3; month++) {
            nextMonth = nextMonth.with(TemporalAdjusters.firstDayOfNextMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            Stopwatch increment = Stopwatch.start();
            computed.add(history.update(nextMonth).computed());
            increments.add(increment.seconds());
        }
        double incrementSeconds = increments.stream().sorted().toList().get(1);
        Map<String, Object> section = report.section("history");
        section.put("points", full.points());
        section.put("build_seconds", BenchReport.round(buildSeconds, 3));
        section.put("build_cpu_seconds", BenchReport.round(buildCpu, 3));
        section.put("increment_last_week", nextMonth.toString());
        section.put("increment_points_computed", computed);
        section.put("increment_seconds", increments.stream().map(x -> BenchReport.round(x, 3)).toList());
        section.put("increment_median_seconds", BenchReport.round(incrementSeconds, 3));
        report.row("history build", String.format(Locale.ROOT, "%d month-end points in %.2f s, %.2f s CPU (target < 10 s)",
                full.points(), buildSeconds, buildCpu));
        report.row("history increment", String.format(Locale.ROOT, "one new point a month, 3 months: median %.3f s, each %s "
                + "(target < 0.2 s)", incrementSeconds, increments.stream().map(x -> String.format(Locale.ROOT, "%.3f", x)).toList()));
        console.printf("  history: %d points in %.2f s; a month's new point in %.3f s (median of 3)%n", full.points(),
                buildSeconds, incrementSeconds);
        console.flush();
    }
}
