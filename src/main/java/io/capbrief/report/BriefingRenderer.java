package io.capbrief.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.capbrief.metrics.fundamentals.ScreenThresholds;

/** Renders every artifact of a briefing version into one folder: PDF, workbook, figures.json and the email bodies. */
public final class BriefingRenderer {

    private final PdfBriefingRenderer pdf;
    private final BriefingWorkbookWriter workbook;
    private final FiguresJsonWriter figures = new FiguresJsonWriter();
    private final EmailBodyRenderer email = new EmailBodyRenderer();

    /** With METRICS.md section 6's default screen thresholds. */
    public BriefingRenderer(PageSize pageSize) {
        this(pageSize, ScreenThresholds.DEFAULTS);
    }

    /** @param thresholds the configured screen thresholds, which the workbook highlights */
    public BriefingRenderer(PageSize pageSize, ScreenThresholds thresholds) {
        this.pdf = new PdfBriefingRenderer(pageSize);
        this.workbook = new BriefingWorkbookWriter(thresholds);
    }

    public void render(Briefing briefing, Path dir) {
        try {
            Files.createDirectories(dir);
            pdf.render(briefing, dir.resolve("briefing.pdf"));
            workbook.write(briefing, dir.resolve("briefing.xlsx"));
            figures.write(briefing, dir.resolve("figures.json"));
            EmailBodies bodies = email.render(briefing);
            Files.writeString(dir.resolve("email.html"), bodies.html());
            Files.writeString(dir.resolve("email.txt"), bodies.text());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the briefing into " + dir + ": " + e.getMessage(), e);
        }
    }
}
