package io.capbrief.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.capbrief.job.WeekOutcome;
import io.capbrief.metrics.WeekCalendar;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capbrief run}: brief one week, or every week ending in a date range. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the weekly briefing for one week, or for every week ending (Friday) in a range.")
class RunCommand implements Callable<Integer> {

    /** The exit code of a run that held a week back. */
    static final int HELD_EXIT_CODE = 3;

    static class Weeks {
        @Option(names = "--week", required = true, description = "The week-ending date, a Friday (yyyy-MM-dd).")
        LocalDate week;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static class Range {
        @Option(names = "--from", required = true, description = "First day of the range (yyyy-MM-dd).")
        LocalDate from;

        @Option(names = "--to", required = true, description = "Last day of the range (yyyy-MM-dd).")
        LocalDate to;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Weeks weeks;

    @Option(names = "--sources", paramLabel = "FILE",
            description = "The sources manifest (default: config/sources.yml over the landing zone; an empty landing zone "
                    + "stops the run: try `capbrief demo` for the bundled sample).")
    Path sources;

    @Option(names = "--out", paramLabel = "DIR", description = "Where briefings go (default: capbrief.out-dir, ./out).")
    Path out;

    @Option(names = "--force", description = "Rerun weeks already done. A week whose figures changed is reissued as a "
            + "corrected new version and mailed; one whose figures did not change issues nothing.")
    boolean force;

    @Option(names = "--no-fetch", description = "Brief the files already in place: skip downloading the manifest's url: "
            + "entries, which a week does first by default.")
    boolean noFetch;

    @Spec
    CommandSpec spec;

    private final WeekRunner runner;

    RunCommand(WeekRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        List<LocalDate> toRun = new ArrayList<>();
        if (weeks.week != null) {
            if (!WeekCalendar.isWeekEnding(weeks.week)) {
                throw new ParameterException(spec.commandLine(), "--week " + weeks.week + " is a "
                        + weeks.week.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                        + "; weeks end on Fridays (the week containing it ends "
                        + WeekCalendar.weekEndingOnOrBefore(weeks.week.plusDays(6)) + ")");
            }
            toRun.add(weeks.week);
        } else {
            if (weeks.range.to.isBefore(weeks.range.from)) {
                throw new ParameterException(spec.commandLine(), "--to " + weeks.range.to + " is before --from " + weeks.range.from);
            }
            toRun.addAll(WeekCalendar.weeksEndingBetween(weeks.range.from, weeks.range.to));
            if (toRun.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no week ends (Friday) between " + weeks.range.from + " and " + weeks.range.to);
            }
        }
        List<WeekOutcome> outcomes = runner.runWeeks(toRun, sources, out, force, !noFetch, spec.commandLine().getOut());
        if (outcomes.stream().anyMatch(WeekOutcome::failed)) {
            return 1;
        }
        // archived but not mailed: a script (cron) learns that someone has to look, as the operators' alert says
        return outcomes.stream().anyMatch(o -> o.status() == WeekOutcome.Status.HELD) ? HELD_EXIT_CODE : 0;
    }
}
