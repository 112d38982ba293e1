package io.capbrief.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.capbrief.metrics.HoldLimits;
import io.capbrief.metrics.SanityCheck;
import io.capbrief.metrics.WeeklyFigures;
import io.capbrief.report.Briefing;
import io.capbrief.report.BriefingRenderer;
import io.capbrief.report.FiguresJsonWriter;
import io.capbrief.store.BriefingArchive;
import io.capbrief.store.BriefingHolds;
import io.capbrief.store.BriefingVersion;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.util.FileSystemUtils;

/**
 * Renders the week's briefing as a new archived version, unless its figures equal the version
 * already issued. Files are rendered into a hidden folder and moved into place, so a version
 * folder is either complete or absent. A new version that trips a sanity limit (METRICS.md
 * section 9) is archived as held, with its reasons, in the same transaction: the deliver step then
 * alerts the operators instead of mailing the lists.
 */
class RenderBriefingTasklet implements Tasklet {

    static final String VERSION = "version";
    static final String ISSUED = "issued";
    static final String HELD = "held";

    private final WeekComputation computation;
    private final WeekBriefingAssembler assembler;
    private final BriefingArchive archive;
    private final BriefingRenderer renderer;
    private final Clock clock;
    private final BriefingHolds holds;
    private final HoldLimits limits;

    RenderBriefingTasklet(WeekComputation computation, WeekBriefingAssembler assembler, BriefingArchive archive,
            BriefingRenderer renderer, Clock clock, BriefingHolds holds, HoldLimits limits) {
        this.computation = computation;
        this.assembler = assembler;
        this.archive = archive;
        this.renderer = renderer;
        this.clock = clock;
        this.holds = holds;
        this.limits = limits;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        WeekParameters params = WeekParameters.of(context);
        ExecutionContext jobContext = context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        WeeklyFigures figures = computation.figures();
        Optional<BriefingVersion> issued = archive.latest(params.week());
        Map<String, Double> issuedFigures = issued.map(v -> FiguresJsonWriter.figures(v.figuresJson())).orElse(null);
        if (issuedFigures != null && FiguresJsonWriter.reported(issuedFigures).equals(FiguresJsonWriter.reported(figures.figures()))) {
            jobContext.putInt(VERSION, issued.get().version());
            jobContext.putString(ISSUED, "false");
            return RepeatStatus.FINISHED;
        }
        int version = issued.map(v -> v.version() + 1).orElse(1);
        // a correction of what the readers were sent: a version still held reached nobody
        Map<String, Double> readersHad = archive.latestIssued(params.week()).map(v -> FiguresJsonWriter.figures(v.figuresJson())).orElse(null);
        List<String> correction = readersHad == null ? List.of() : FiguresJsonWriter.changes(readersHad, figures.figures());
        List<String> fetchFailures = FetchSourcesTasklet.failures(jobContext.getString(FetchSourcesTasklet.FETCH_FAILURES, ""));
        Briefing briefing = assembler.assemble(figures, version, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), correction,
                fetchFailures);

        Path dir = versionDir(params.out(), params.week(), version);
        Path partial = dir.resolveSibling("." + dir.getFileName() + ".partial");
        FileSystemUtils.deleteRecursively(partial);
        renderer.render(briefing, partial);
        FileSystemUtils.deleteRecursively(dir);
        Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        archive.record(new BriefingVersion(params.week(), version, dir.toString(), new FiguresJsonWriter().toJson(briefing)));
        Map<String, Double> weekBefore = archive.latestIssued(params.week().minusWeeks(1))
                .map(v -> FiguresJsonWriter.figures(v.figuresJson())).orElse(null);
        List<String> reasons = SanityCheck.reasons(figures, weekBefore, limits);
        if (!reasons.isEmpty()) {
            holds.hold(params.week(), version, reasons);
        }
        jobContext.putString(HELD, String.valueOf(!reasons.isEmpty()));
        jobContext.putInt(VERSION, version);
        jobContext.putString(ISSUED, "true");
        return RepeatStatus.FINISHED;
    }

    static Path versionDir(Path out, LocalDate week, int version) {
        return out.resolve(week.toString()).resolve("v" + version);
    }
}
