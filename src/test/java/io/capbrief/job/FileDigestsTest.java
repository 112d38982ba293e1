package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.capbrief.store.FileDigestStore;
import io.capbrief.store.FileDigestStore.Digest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** A plan hashes a source file only when its size or modification time changed since its last digest. */
class FileDigestsTest {

    /** A recorded digest, not the file's own: getting it back proves the file was not read. */
    private static final String SHA = "5b4a4c83b6c2ec1aa3b6b2c5a6b9c2d2f0b6ab3bbbd8e7e4a3f1b0b4c8f8a4b1";
    private static final Instant MODIFIED = Instant.parse("2024-11-22T21:00:00Z");
    private static final Clock NOW = Clock.fixed(Instant.parse("2024-11-22T22:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    Path file;
    String actual;
    final FileDigestStore store = mock(FileDigestStore.class);

    @BeforeEach
    void aFile() throws IOException {
        file = Files.writeString(dir.resolve("RUT.csv"), "2024-11-22,2406.67\n");
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
        actual = SourceLoadPlanner.sha256(file);
    }

    @Test
    void aFileWithoutADigestIsHashedAndItsDigestRemembered() {
        when(store.all()).thenReturn(Map.of());
        FileDigests digests = new FileDigests(store, NOW);

        assertThat(digests.of(List.of(file))).containsExactly(actual);
        digests.save();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Digest>> saved = ArgumentCaptor.forClass(List.class);
        verify(store).remember(saved.capture());
        assertThat(saved.getValue()).containsExactly(new Digest(file.toString(), 19, MODIFIED.toEpochMilli() * 1_000_000,
                NOW.millis(), actual));
    }

    @Test
    void anUnchangedFileIsNotReadAgain() {
        // its last digest, taken an hour after the file was written: the recorded SHA comes back, not the file's own
        when(store.all()).thenReturn(Map.of(file.toString(), new Digest(file.toString(), 19, MODIFIED.toEpochMilli() * 1_000_000,
                MODIFIED.toEpochMilli() + 3_600_000, SHA)));
        FileDigests digests = new FileDigests(store, NOW);

        assertThat(digests.of(List.of(file))).containsExactly(SHA);
        assertThat(digests.hashed()).isZero();
    }

    @Test
    void aNewModificationTimeOrSizeIsHashedAgain() {
        when(store.all()).thenReturn(Map.of(file.toString(), new Digest(file.toString(), 19, (MODIFIED.toEpochMilli() - 60_000) * 1_000_000,
                MODIFIED.toEpochMilli(), SHA)));
        assertThat(new FileDigests(store, NOW).of(List.of(file))).containsExactly(actual);

        when(store.all()).thenReturn(Map.of(file.toString(), new Digest(file.toString(), 18, MODIFIED.toEpochMilli() * 1_000_000,
                MODIFIED.toEpochMilli() + 3_600_000, SHA)));
        assertThat(new FileDigests(store, NOW).of(List.of(file))).containsExactly(actual);
    }

    @Test
    void aDigestTakenInTheSameMomentTheFileWasWrittenIsNotTrusted() {
        // hashed one second after the write: a second write within that second would keep size and time
        when(store.all()).thenReturn(Map.of(file.toString(), new Digest(file.toString(), 19, MODIFIED.toEpochMilli() * 1_000_000,
                MODIFIED.toEpochMilli() + 1_000, SHA)));
        FileDigests digests = new FileDigests(store, NOW);

        assertThat(digests.of(List.of(file))).containsExactly(actual);
        assertThat(digests.hashed()).isEqualTo(1);
    }
}
