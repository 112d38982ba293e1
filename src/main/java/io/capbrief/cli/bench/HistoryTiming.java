package io.capbrief.cli.bench;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;

import io.capbrief.metrics.HistoryUpdater;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The history points of the week built from scratch on the loaded store, then the increment a weekly
 * run pays a month later: the one new point.
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
        // the first week of the next month: its points are the week's and the month-end just past
        LocalDate nextMonth = week.with(TemporalAdjusters.firstDayOfNextMonth())
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        Stopwatch increment = Stopwatch.start();
        HistoryUpdater.Update next = history.update(nextMonth);
        double incrementSeconds = increment.seconds();
        Map<String, Object> section = report.section("history");
        section.put("points", full.points());
        section.put("build_seconds", BenchReport.round(buildSeconds, 3));
        section.put("build_cpu_seconds", BenchReport.round(buildCpu, 3));
        section.put("increment_week", nextMonth.toString());
        section.put("increment_points_computed", next.computed());
        section.put("increment_seconds", BenchReport.round(incrementSeconds, 3));
        report.row("history build", String.format(Locale.ROOT, "%d month-end points in %.2f s, %.2f s CPU (target < 10 s)",
                full.points(), buildSeconds, buildCpu));
        report.row("history increment", String.format(Locale.ROOT, "%d new point for %s in %.3f s (target < 0.2 s)",
                next.computed(), nextMonth, incrementSeconds));
        console.printf("  history: %d points in %.2f s; the next month's point in %.3f s%n", full.points(), buildSeconds,
                incrementSeconds);
        console.flush();
    }
}
