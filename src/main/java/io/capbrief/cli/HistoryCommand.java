package io.capbrief.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.capbrief.metrics.HistoryUpdater;
import io.capbrief.metrics.WeekCalendar;
import io.capbrief.store.WeekFigureStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capbrief history}: compute or rebuild the month-end history points the briefings set their figures against. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Compute the history points (METRICS.md section 8: the figures at every month-end since the first "
                + "holdings file, point in time) that a week's briefing sets its figures against: those missing, and those "
                + "a file loaded since reaches back to. Never issues or mails anything.",
                "Weekly runs do this for their own week; this prepares or repairs it ahead of them."})
class HistoryCommand implements Callable<Integer> {

    @Option(names = "--from", paramLabel = "DATE", description = "Only the points on or after this day (yyyy-MM-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "WEEK", description = "The week whose points to compute, a Friday (default: "
            + "the latest week briefed, else the last Friday on or before today).")
    LocalDate to;

    @Option(names = "--rebuild", description = "Recompute the points even where they are up to date.")
    boolean rebuild;

    @Spec
    CommandSpec spec;

    private final HistoryUpdater history;
    private final WeekFigureStore weeks;
    private final Clock clock;

    HistoryCommand(HistoryUpdater history, WeekFigureStore weeks, Clock clock) {
        this.history = history;
        this.weeks = weeks;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate week = to != null ? to
                : weeks.latestWeek().orElseGet(() -> WeekCalendar.weekEndingOnOrBefore(LocalDate.now(clock)));
        out.println("History points for the week ending " + week + (from == null ? "" : ", from " + from)
                + (rebuild ? ", rebuilding" : ""));
        out.flush();
        HistoryUpdater.Update update = history.update(from, week, rebuild, (done, total, point) -> {
            // a line every tenth of the way, so a log stays short and a terminal shows it moving
            if (done == total || done % Math.max(1, total / 10) == 0) {
                out.println(String.format("  %3d/%d  %s", done, total, point));
                out.flush();
            }
        });
        if (update.points() == 0) {
            out.println("No history points: no holdings file is loaded for a month before " + week
                    + " (run a week first to load the sources).");
        } else {
            out.println(String.format("%d points, %d computed (%d stale), %d up to date, in %.1f s", update.points(),
                    update.computed(), update.stale(), update.points() - update.computed(), update.millis() / 1000.0));
        }
        out.flush();
        return 0;
    }
}
