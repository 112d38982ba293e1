package io.capbrief.job;

import java.nio.file.Files;
import java.util.List;

import io.capbrief.extract.SourcesManifest;
import io.capbrief.extract.fetch.FetchOutcome;
import io.capbrief.extract.fetch.SourceFetcher;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Downloads the manifest's {@code url:} entries into their paths before the week plans its loads, as
 * {@code capbrief fetch} does. A failed download keeps the previous copy and does not fail the week:
 * the lines saying so go to the briefing's data notes.
 */
class FetchSourcesTasklet implements Tasklet {

    static final String FETCH_FAILURES = "fetchFailures";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FetchSourcesTasklet.class);

    private final SourceFetcher fetcher;

    FetchSourcesTasklet(SourceFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws InterruptedException {
        WeekParameters params = WeekParameters.of(context);
        if (!params.fetch() || !Files.isRegularFile(params.sources())) {
            // no manifest: the plan step says why the week has nothing to read
            return RepeatStatus.FINISHED;
        }
        SourcesManifest manifest = SourcesManifest.read(params.sources());
        if (!SourceFetcher.hasUrls(manifest)) {
            return RepeatStatus.FINISHED;
        }
        List<FetchOutcome> outcomes = fetcher.fetchAll(manifest);
        outcomes.forEach(o -> log.info("Fetch for {}: {}", params.week(), o.line()));
        String failures = String.join("\n", FetchOutcome.failureLines(outcomes));
        context.getStepContext().getStepExecution().getJobExecution().getExecutionContext().putString(FETCH_FAILURES, failures);
        return RepeatStatus.FINISHED;
    }

    /** The failed downloads' lines a job execution recorded; none when it fetched nothing. */
    static List<String> failures(String recorded) {
        return recorded == null || recorded.isBlank() ? List.of() : List.of(recorded.split("\n"));
    }
}
