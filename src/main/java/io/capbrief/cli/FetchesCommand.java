package io.capbrief.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import io.capbrief.extract.fetch.FetchLog;
import io.capbrief.store.FetchLogStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capbrief fetches}: the fetch log, newest request first. */
@Command(name = "fetches", mixinStandardHelpOptions = true,
        description = "Show the fetch log: every request made to a publisher, newest first, with its status, bytes, ETag, SHA-256 and duration.")
class FetchesCommand implements Callable<Integer> {

    @Option(names = "--last", paramLabel = "N", defaultValue = "20", description = "How many requests to show (default: ${DEFAULT-VALUE}).")
    int last;

    @Spec
    CommandSpec spec;

    private final FetchLogStore log;

    FetchesCommand(FetchLogStore log) {
        this.log = log;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<FetchLog.Entry> entries = log.last(last);
        if (entries.isEmpty()) {
            out.println("No fetches recorded yet (capbrief fetch makes them).");
        } else {
            out.println(String.format("%-19s %-14s %-12s %4s %12s %7s  %-12s %-14s %s", "time", "source", "outcome", "code",
                    "bytes", "ms", "sha256", "etag", "url"));
        }
        for (FetchLog.Entry e : entries) {
            out.println(String.format("%-19s %-14s %-12s %4s %12s %7d  %-12s %-14s %s%s", e.fetchedAt().withNano(0), e.sourceId(),
                    e.outcome(), e.status() == null ? "-" : e.status(), e.bytes() == null ? "-" : String.format("%,d", e.bytes()),
                    e.durationMillis(), e.sha256() == null ? "-" : e.sha256().substring(0, 12), e.etag() == null ? "-" : e.etag(),
                    e.url(), e.detail() == null ? "" : "  (" + e.detail() + ")"));
        }
        out.flush();
        return 0;
    }
}
