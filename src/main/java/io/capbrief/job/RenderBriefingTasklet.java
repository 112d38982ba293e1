package io.capbrief.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

import io.capbrief.extract.IndexCode;
import io.capbrief.metrics.WeeklyFigures;
import io.capbrief.report.Briefing;
import io.capbrief.report.BriefingAssembler;
import io.capbrief.report.BriefingRenderer;
import io.capbrief.report.FiguresJsonWriter;
import io.capbrief.report.RejectedRowFindings;
import io.capbrief.store.BriefingArchive;
import io.capbrief.store.BriefingVersion;
import io.capbrief.store.RejectedRowStore;
import io.capbrief.store.WeekFigureStore;
import io.capbrief.store.SeriesStore;
import io.capbrief.store.SourceLoadStore;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.util.FileSystemUtils;

/**
 * Renders the week's briefing as a new archived version, unless its figures equal the version
 * already issued. Files are rendered into a hidden folder and moved into place, so a version
 * folder is either complete or absent.
 */
class RenderBriefingTasklet implements Tasklet {

    static final String VERSION = "version";
    static final String ISSUED = "issued";

    private final WeekComputation computation;
    private final SeriesStore series;
    private final SourceLoadStore loads;
    private final BriefingArchive archive;
    private final BriefingRenderer renderer;
    private final RejectedRowStore rejected;
    private final WeekFigureStore weekFigures;
    private final Clock clock;

    RenderBriefingTasklet(WeekComputation computation, SeriesStore series, SourceLoadStore loads,
            BriefingArchive archive, BriefingRenderer renderer, RejectedRowStore rejected, WeekFigureStore weekFigures,
            Clock clock) {
        this.computation = computation;
        this.series = series;
        this.loads = loads;
        this.archive = archive;
        this.renderer = renderer;
        this.rejected = rejected;
        this.weekFigures = weekFigures;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        WeekParameters params = WeekParameters.of(context);
        ExecutionContext jobContext = context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        WeeklyFigures figures = computation.figures();
        Optional<BriefingVersion> issued = archive.latest(params.week());
        Map<String, Double> issuedFigures = issued.map(v -> FiguresJsonWriter.figures(v.figuresJson())).orElse(null);
        if (issuedFigures != null && issuedFigures.equals(figures.figures())) {
            jobContext.putInt(VERSION, issued.get().version());
            jobContext.putString(ISSUED, "false");
            return RepeatStatus.FINISHED;
        }
        int version = issued.map(v -> v.version() + 1).orElse(1);
        List<String> correction = issuedFigures == null ? List.of() : FiguresJsonWriter.changes(issuedFigures, figures.figures());
        Briefing briefing = new BriefingAssembler().assemble(figures, version, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS),
                closes(params.week()), sources(params.week()), correction, RejectedRowFindings.of(rejected.knownAt(params.week())),
                history(params.week()));

        Path dir = versionDir(params.out(), params.week(), version);
        Path partial = dir.resolveSibling("." + dir.getFileName() + ".partial");
        FileSystemUtils.deleteRecursively(partial);
        renderer.render(briefing, partial);
        FileSystemUtils.deleteRecursively(dir);
        Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        archive.record(new BriefingVersion(params.week(), version, dir.toString(), new FiguresJsonWriter().toJson(briefing)));
        jobContext.putInt(VERSION, version);
        jobContext.putString(ISSUED, "true");
        return RepeatStatus.FINISHED;
    }

    static Path versionDir(Path out, LocalDate week, int version) {
        return out.resolve(week.toString()).resolve("v" + version);
    }

    private Map<IndexCode, NavigableMap<LocalDate, Double>> closes(LocalDate week) {
        Map<IndexCode, NavigableMap<LocalDate, Double>> closes = new EnumMap<>(IndexCode.class);
        for (IndexCode index : IndexCode.values()) {
            closes.put(index, series.history(index.name(), week).tailMap(week.minusYears(2), false));
        }
        return closes;
    }

    /** The headline aggregates a PM charts week by week. */
    static final List<String> HISTORY_FIGURES = List.of("RUSSELL_2000.fwd_pe", "SP_500.fwd_pe", "RELATIVE.fwd_pe",
            "RUSSELL_2000.fwd_pe_ex_neg", "SP_500.fwd_pe_ex_neg", "RUSSELL_2000.fwd_pe_median", "SP_500.fwd_pe_median",
            "RUSSELL_2000.pct_unprofitable", "SP_500.pct_unprofitable");

    private List<Briefing.HistoryRow> history(LocalDate week) {
        return weekFigures.history(HISTORY_FIGURES, week).entrySet().stream()
                .filter(e -> e.getValue().values().stream().anyMatch(java.util.Objects::nonNull))
                .map(e -> new Briefing.HistoryRow(e.getKey(), e.getValue()))
                .toList();
    }

    private List<Briefing.Source> sources(LocalDate week) {
        return loads.summaries(week).stream()
                .map(s -> new Briefing.Source(s.sourceId(), s.file(), s.sha256(), s.asOf()))
                .toList();
    }
}
