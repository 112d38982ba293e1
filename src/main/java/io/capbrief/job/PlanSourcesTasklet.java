package io.capbrief.job;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import io.capbrief.extract.SourcesManifest;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Hashes the manifest's files and stages a load for each one whose content is new; a default
 * manifest with no file to read fails the run here, so a scheduled week records why.
 */
class PlanSourcesTasklet implements Tasklet {

    static final String LOAD_IDS = "loadIds";

    private final SourceLoadPlanner planner;
    private final DefaultSources defaultSources;

    PlanSourcesTasklet(SourceLoadPlanner planner, DefaultSources defaultSources) {
        this.planner = planner;
        this.defaultSources = defaultSources;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        Path manifest = WeekParameters.of(context).sources();
        defaultSources.requireSources(manifest);
        List<Long> loadIds = planner.plan(SourcesManifest.read(manifest));
        context.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(LOAD_IDS, loadIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        return RepeatStatus.FINISHED;
    }

    static List<Long> parse(String loadIds) {
        return loadIds == null || loadIds.isBlank() ? List.of()
                : java.util.Arrays.stream(loadIds.split(",")).map(Long::valueOf).toList();
    }
}
