package io.capbrief.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.capbrief.job.RunHistory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capbrief runs}: the weekly job's executions with their status. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List the weekly job's executions, newest first.")
class RunsCommand implements Callable<Integer> {

    @Option(names = "--last", defaultValue = "20", description = "How many executions to list (default: ${DEFAULT-VALUE}).")
    int last;

    @Spec
    CommandSpec spec;

    private final RunHistory history;

    RunsCommand(RunHistory history) {
        this.history = history;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format("%-9s %-10s %-6s %-10s %-19s %-19s %s", "execution", "week", "forced", "status",
                "started", "ended", "exit"));
        history.latest(last).forEach(r -> out.println(String.format("%-9d %-10s %-6s %-10s %-19s %-19s %s",
                r.execution(), r.week(), r.forced() ? "yes" : "", r.status(), r.started() == null ? "" : r.started(),
                r.ended() == null ? "" : r.ended(), r.exitMessage())));
        out.flush();
        return 0;
    }
}
