package io.capbrief.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.report.email.EmailBodies;
import io.capbrief.report.email.EmailBodyRenderer;
import io.capbrief.report.pdf.PageSize;
import io.capbrief.report.pdf.PdfBriefingRenderer;
import io.capbrief.report.workbook.BriefingWorkbookWriter;
import io.capbrief.store.BriefingFiles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/** Renders every artifact of a briefing version into one folder: PDF, workbook, figures.json and the email's subject and bodies. */
public final class BriefingRenderer {

    private static final Logger log = LoggerFactory.getLogger(BriefingRenderer.class);

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
        BriefingFiles files = new BriefingFiles(dir);
        FutureTask<Void> book = new FutureTask<>(() -> workbook.write(briefing, files.workbook()), null);
        Thread thread = new Thread(book, "briefing-workbook");
        thread.setDaemon(true);
        thread.start();
        try {
            renderTheRest(briefing, files);
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

    private void renderTheRest(Briefing briefing, BriefingFiles files) {
        try {
            pdf.render(briefing, files.pdf());
            figures.write(briefing, files.figures());
            EmailBodies bodies = email.render(briefing);
            Files.writeString(files.emailHtml(), bodies.html());
            Files.writeString(files.emailText(), bodies.text());
            Files.writeString(files.emailSubject(), bodies.subject());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the briefing into " + files.dir() + ": " + e.getMessage(), e);
        }
    }

    /** The process's one warm-up, started by the first renderer that asks. */
    private static final AtomicReference<CompletableFuture<Boolean>> WARM_UP = new AtomicReference<>();

    /**
     * Renders an empty briefing into a temporary folder on a background thread, once per JVM. The
     * first briefing a process renders spends seconds loading JasperReports' fonts and exporters and
     * POI's XML schema types (3.7 s for the first render of a 3,000-company week against 0.7 s for the
     * next); started when a job starts, that loading runs beside the figures, which take the other
     * core for seconds of their own. A warm-up that fails only saves less time.
     *
     * @return the process's warm-up, started by this call or joined: true once it has rendered, false if it failed
     */
    public CompletableFuture<Boolean> warmUp() {
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        if (!WARM_UP.compareAndSet(null, started)) {
            return WARM_UP.get();
        }
        Thread thread = new Thread(() -> {
            boolean rendered = false;
            Path dir = null;
            Thread cleanUp = null;
            try {
                sweepAbandonedWarmUps(Path.of(System.getProperty("java.io.tmpdir")), Instant.now());
                dir = Files.createTempDirectory(WARM_UP_PREFIX);
                Path created = dir;
                // a process that ends first (a run that fails early) leaves no folder behind either
                cleanUp = new Thread(() -> FileSystemUtils.deleteRecursively(created.toFile()));
                Runtime.getRuntime().addShutdownHook(cleanUp);
                render(EMPTY, dir);
                rendered = true;
            } catch (IOException | RuntimeException e) {
                log.debug("render warm-up failed: {}", e.toString());
            } finally {
                if (dir != null) {
                    FileSystemUtils.deleteRecursively(dir.toFile());
                }
                removeShutdownHook(cleanUp);
                started.complete(rendered);
            }
        }, "briefing-warm-up");
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    private static final String WARM_UP_PREFIX = "capbrief-warm-up-";

    /** A warm-up takes seconds: a folder this old is one whose process was killed before it could delete it. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    /** A process killed with SIGKILL runs no shutdown hook, so its warm-up folder would stay in the temp folder for good. */
    static void sweepAbandonedWarmUps(Path tempDir, Instant now) throws IOException {
        Instant cutoff = now.minus(ABANDONED);
        try (Stream<Path> temp = Files.list(tempDir)) {
            temp.filter(p -> p.getFileName().toString().startsWith(WARM_UP_PREFIX))
                    .filter(p -> lastModified(p).isBefore(cutoff))
                    .forEach(p -> FileSystemUtils.deleteRecursively(p.toFile()));
        }
    }

    private static Instant lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException goneMeanwhile) {
            return Instant.MAX;
        }
    }

    private static void removeShutdownHook(Thread hook) {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it deletes the folder itself
            }
        }
    }

    private static final Briefing EMPTY = new Briefing(LocalDate.of(2024, 11, 22), 1, Instant.EPOCH, List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), Briefing.Valuation.empty());

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
