package io.capbrief.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the benchmark finds the unpacked layout the build writes beside the executable jar. */
class WeekProcessTest {

    @TempDir
    Path target;

    @Test
    void theUnpackedLayoutIsTheFolderNamedAfterTheJarHoldingTheJarAndItsLib() throws IOException {
        // given target/capbrief.jar and target/capbrief/{capbrief.jar, lib/}
        Path jar = Files.writeString(target.resolve("capbrief.jar"), "fat");
        Files.createDirectories(target.resolve("capbrief/lib"));
        Path unpacked = Files.writeString(target.resolve("capbrief/capbrief.jar"), "thin");

        // then
        assertThat(WeekProcess.unpackedBeside(jar)).contains(unpacked);
    }

    @Test
    void aFolderWithoutItsLibIsNoUnpackedLayout() throws IOException {
        // given target/capbrief/capbrief.jar with no lib/ beside it
        Path jar = Files.writeString(target.resolve("capbrief.jar"), "fat");
        Files.createDirectories(target.resolve("capbrief"));
        Files.writeString(target.resolve("capbrief/capbrief.jar"), "thin");

        // then
        assertThat(WeekProcess.unpackedBeside(jar)).isEmpty();
    }

    @Test
    void aJarWithNothingBesideItHasNoUnpackedLayout() throws IOException {
        Path jar = Files.writeString(target.resolve("capbrief.jar"), "fat");

        assertThat(WeekProcess.unpackedBeside(jar)).isEmpty();
    }
}
