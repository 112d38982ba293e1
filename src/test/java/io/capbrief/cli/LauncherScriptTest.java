package io.capbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/capbrief, the launcher: which jar and which JVM options it starts, tried with a stand-in JVM that prints its
 * arguments (the real start is measured in the README's Performance section, not here).
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("bin/capbrief").toAbsolutePath();
    private static final Instant BUILT = Instant.parse("2026-12-04T03:00:00Z");

    @TempDir
    Path home;

    Path jar;

    @BeforeEach
    void aBuild() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run the launcher");
        jar = Files.createDirectories(home.resolve("target/capbrief")).resolve("capbrief.jar");
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, FileTime.from(BUILT));
    }

    @Test
    void onJava17ItRunsTheUnpackedJarWithoutACache() throws Exception {
        cache(BUILT.plusSeconds(60));

        assertThat(launch("17", "run", "--week", "2024-11-22")).isEqualTo("-jar " + jar + " run --week 2024-11-22");
    }

    @Test
    void onJava25ItUsesACacheTrainedAfterTheBuild() throws Exception {
        Path cache = cache(BUILT.plusSeconds(60));

        assertThat(launch("25", "run", "--week", "2024-11-22")).isEqualTo("-XX:AOTCache=" + cache + " -Xlog:aot=off -jar " + jar
                + " run --week 2024-11-22");
    }

    @Test
    void aCacheOlderThanTheBuildIsLeftAlone() throws Exception {
        cache(BUILT.minusSeconds(60));

        assertThat(launch("25", "run", "--week", "2024-11-22")).isEqualTo("-jar " + jar + " run --week 2024-11-22");
    }

    @Test
    void theQuickReadOnlyCommandsRunOnTheFirstCompilerAlone() throws Exception {
        assertThat(launch("17", "runs", "--last", "3")).isEqualTo("-XX:TieredStopAtLevel=1 -jar " + jar + " runs --last 3");
        assertThat(launch("17", "deliveries", "--week", "2024-11-22")).startsWith("-XX:TieredStopAtLevel=1 -jar ");
        assertThat(launch("17", "demo")).isEqualTo("-jar " + jar + " demo");
    }

    @Test
    void trainingNeedsJava25() throws Exception {
        Process process = start("21", "train-aot");
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(new String(process.getErrorStream().readAllBytes()).strip()).endsWith(
                "is Java 21; the AOT cache needs Java 25 or later (set CAPBRIEF_JAVA)");
    }

    private Path cache(Instant trained) throws IOException {
        Path cache = Files.writeString(home.resolve("target/capbrief/capbrief.aot"), "cache");
        Files.setLastModifiedTime(cache, FileTime.from(trained));
        return cache;
    }

    /** The arguments the launcher gave the JVM, which here reports the given version and prints them. */
    private String launch(String version, String... args) throws Exception {
        Process process = start(version, args);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.exitValue()).as(new String(process.getErrorStream().readAllBytes())).isZero();
        return out;
    }

    private Process start(String version, String... args) throws IOException {
        Path java = home.resolve("java");
        Files.writeString(java, """
                #!/bin/bash
                if [ "$1" = "-XshowSettings:properties" ]; then echo "    java.specification.version = %s" >&2; exit 0; fi
                echo "$@"
                """.formatted(version));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", SCRIPT.toString());
        builder.command().addAll(List.of(args));
        builder.environment().put("CAPBRIEF_HOME", home.toString());
        builder.environment().put("CAPBRIEF_JAVA", java.toString());
        builder.environment().remove("CAPBRIEF_JAVA_OPTS");
        return builder.start();
    }
}
