package io.capbrief.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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

    /**
     * The workbook is written on a thread of its own while the PDF renders: the two share nothing
     * but the briefing, which is immutable, and a week of a backfill takes the longer of the two
     * rather than their sum. Either one failing fails the render, once both have stopped.
     */
    public void render(Briefing briefing, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the briefing into " + dir + ": " + e.getMessage(), e);
        }
        FutureTask<Void> book = new FutureTask<>(() -> workbook.write(briefing, dir.resolve("briefing.xlsx")), null);
        Thread thread = new Thread(book, "briefing-workbook");
        thread.setDaemon(true);
        thread.start();
        try {
            renderTheRest(briefing, dir);
        } catch (RuntimeException | Error e) {
            try {
                awaitWorkbook(book);
            } catch (RuntimeException | Error alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        awaitWorkbook(book);
    }

    private void renderTheRest(Briefing briefing, Path dir) {
        try {
            pdf.render(briefing, dir.resolve("briefing.pdf"));
            figures.write(briefing, dir.resolve("figures.json"));
            EmailBodies bodies = email.render(briefing);
            Files.writeString(dir.resolve("email.html"), bodies.html());
            Files.writeString(dir.resolve("email.txt"), bodies.text());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the briefing into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Waits for the workbook, whose failure is the render's. */
    private static void awaitWorkbook(FutureTask<Void> book) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    book.get();
                    return;
                } catch (InterruptedException e) {
                    // the files are being written into the folder: it must not be cleaned up under them
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
