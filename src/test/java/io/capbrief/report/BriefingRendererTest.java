package io.capbrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.capbrief.report.pdf.PageSize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every artifact of a version in one folder, the workbook written beside the PDF. */
class BriefingRendererTest {

    @TempDir
    Path dir;

    @Test
    void aBriefingWithNoDataAtAllStillRendersEveryArtifact() throws IOException {
        // given a week with nothing loaded: what the warm-up renders
        Briefing empty = new Briefing(LocalDate.of(2024, 11, 22), 1, Instant.EPOCH, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), Briefing.Valuation.empty());

        // when
        new BriefingRenderer(PageSize.A4).render(empty, dir);

        // then the six files, the PDF and the workbook as such, and no partial workbook left over
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "briefing.pdf", "briefing.xlsx", "email-subject.txt", "email.html", "email.txt", "figures.json");
        }
        assertThat(new String(Files.readAllBytes(dir.resolve("briefing.pdf")), 0, 5)).isEqualTo("%PDF-");
        byte[] zip = Files.readAllBytes(dir.resolve("briefing.xlsx"));
        assertThat(new String(zip, 0, 2)).isEqualTo("PK");
    }

    @Test
    void theWarmUpRendersOncePerProcessAndLeavesNoFolderBehind() throws Exception {
        // given the warm-up folders already there (a process killed with SIGKILL runs no shutdown hook)
        List<String> before = warmUpFolders();

        // when two renderers ask, twice, whether or not another test of this JVM asked first
        BriefingRenderer renderer = new BriefingRenderer(PageSize.A4);
        CompletableFuture<Boolean> first = renderer.warmUp();
        CompletableFuture<Boolean> again = renderer.warmUp();
        CompletableFuture<Boolean> other = new BriefingRenderer(PageSize.LETTER).warmUp();

        // then all three joined the process's one warm-up, which rendered and then deleted its folder
        assertThat(again).isSameAs(first);
        assertThat(other).isSameAs(first);
        assertThat(first.get(120, TimeUnit.SECONDS)).isTrue();
        assertThat(warmUpFolders()).isSubsetOf(before);
    }

    @Test
    void aWarmUpFolderOlderThanAnHourIsOneAKilledProcessLeftAndIsSwept() throws IOException {
        // given, at 12:00, warm-up folders from 10:30 and 11:30, and someone else's folder from 10:30
        Instant noon = Instant.parse("2026-12-02T12:00:00Z");
        Path abandoned = folder("capbrief-warm-up-111", noon.minusSeconds(90 * 60));
        Path running = folder("capbrief-warm-up-222", noon.minusSeconds(30 * 60));
        Path other = folder("someone-else", noon.minusSeconds(90 * 60));

        // when
        BriefingRenderer.sweepAbandonedWarmUps(dir, noon);

        // then
        assertThat(abandoned).doesNotExist();
        assertThat(running).isDirectory();
        assertThat(other).isDirectory();
    }

    private Path folder(String name, Instant modified) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("briefing.pdf"), "%PDF-");
        Files.setLastModifiedTime(folder, FileTime.from(modified));
        return folder;
    }

    private static List<String> warmUpFolders() throws IOException {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("capbrief-warm-up-")).toList();
        }
    }
}
