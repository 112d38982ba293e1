package io.capbrief.cli.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.capbrief.extract.SourceSpec;
import io.capbrief.extract.SourcesManifest;
import io.capbrief.job.WeekBriefingAssembler;
import io.capbrief.metrics.WeeklyFigures;
import io.capbrief.metrics.WeeklyFiguresCalculator;
import io.capbrief.report.Briefing;
import io.capbrief.report.pdf.PageSize;
import io.capbrief.report.pdf.PdfBriefingRenderer;
import io.capbrief.report.workbook.BriefingWorkbookWriter;

import org.springframework.context.ConfigurableApplicationContext;

/** The figures, the PDF and the workbook of the week once more, each timed on its own. */
final class RenderTiming {

    private final BenchReport report;

    RenderTiming(BenchReport report) {
        this.report = report;
    }

    void run(ConfigurableApplicationContext context, SourcesManifest manifest, LocalDate week, Path work) {
        List<String> rateSeries = manifest.sources().stream().map(SourceSpec::series).filter(Objects::nonNull).distinct().toList();
        Stopwatch stopwatch = Stopwatch.start();
        WeeklyFigures figures = context.getBean(WeeklyFiguresCalculator.class).compute(week, manifest.events(), rateSeries);
        double metrics = stopwatch.seconds();
        Briefing briefing = context.getBean(WeekBriefingAssembler.class).assemble(figures, 1, Instant.now(), List.of());
        stopwatch = Stopwatch.start();
        new PdfBriefingRenderer(PageSize.A4).render(briefing, work.resolve("bench.pdf"));
        double pdf = stopwatch.seconds();
        stopwatch = Stopwatch.start();
        new BriefingWorkbookWriter().write(briefing, work.resolve("bench.xlsx"));
        double workbook = stopwatch.seconds();
        report.put("metrics_seconds", BenchReport.round(metrics, 3));
        report.put("pdf_seconds", BenchReport.round(pdf, 3));
        report.put("workbook_seconds", BenchReport.round(workbook, 3));
        report.row("metrics / PDF / workbook", String.format(Locale.ROOT, "%.2f s / %.2f s / %.2f s", metrics, pdf, workbook));
    }
}
