package io.capbrief.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.capbrief.extract.SourcesManifest;
import io.capbrief.extract.fetch.FetchOutcome;
import io.capbrief.extract.fetch.SourceFetcher;
import io.capbrief.job.RunSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capbrief fetch}: download every manifest entry that has a URL into its path. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Download every sources-manifest entry that has a url: into its path, politely (capbrief.fetch.*), "
                + "only what changed, and never leaving half a file. One line per file, then a summary; exit 1 if any failed.")
class FetchCommand implements Callable<Integer> {

    @Option(names = "--sources", paramLabel = "FILE", description = "The sources manifest (default: capbrief.sources, config/sources.yml).")
    Path sources;

    @Spec
    CommandSpec spec;

    private final SourceFetcher fetcher;
    private final RunSettings settings;

    FetchCommand(SourceFetcher fetcher, RunSettings settings) {
        this.fetcher = fetcher;
        this.settings = settings;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = sources != null ? sources : settings.sources();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no sources manifest at " + file + "; name one with --sources FILE");
        }
        SourcesManifest manifest = SourcesManifest.read(file);
        if (!SourceFetcher.hasUrls(manifest)) {
            out.println("No entry of " + file + " has a url:, so there is nothing to fetch (the shipped config/sources.yml has the publishers' addresses).");
            out.flush();
            return 0;
        }
        List<FetchOutcome> outcomes = fetcher.fetchAll(manifest);
        outcomes.forEach(o -> out.println(o.line()));
        Map<FetchOutcome.Result, Long> counts = outcomes.stream()
                .collect(Collectors.groupingBy(FetchOutcome::result, Collectors.counting()));
        Function<FetchOutcome.Result, Long> count = r -> counts.getOrDefault(r, 0L);
        out.println(String.format("%,d fetched, %,d not modified, %,d failed, %,d skipped", count.apply(FetchOutcome.Result.FETCHED),
                count.apply(FetchOutcome.Result.NOT_MODIFIED), count.apply(FetchOutcome.Result.FAILED), count.apply(FetchOutcome.Result.SKIPPED)));
        out.flush();
        return outcomes.stream().anyMatch(FetchOutcome::failed) ? 1 : 0;
    }
}
