package io.capbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.capbrief.CapbriefApplication;
import io.capbrief.TestSmtp;
import io.capbrief.sample.SampleLandingZone;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code capbrief run} as real processes on one embedded H2 store: a second process started while
 * the first runs is refused in one line; the first, frozen mid-extract, killed with {@code kill -9}
 * and started again, completes the week with one version and one mail per recipient.
 */
class CrashRestartProcessTest {

    static final ServerSetup SMTP = TestSmtp.onFreePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(SMTP);

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void aSecondProcessIsRefusedAndAKilledRunCompletesWhenStartedAgain() throws Exception {
        // given a small sample universe and a run of the week under way in its own process
        new SampleLandingZone(100, 10).write(dir.resolve("landing"));
        Process first = capbrief("first", "run", "--week", "2024-11-22", "--sources", "landing/sources.yml", "--out", "out");
        awaitLog("Executing step: [extract]", first);
        // H2 writes what was committed to disk within a second: the run's STARTED state, and the
        // first chunks staged, are on disk before the run is frozen (SIGSTOP), still holding the store
        Thread.sleep(1500);
        signal("STOP", first);

        // when a second process runs the same week at the same time
        Process second = capbrief("second", "run", "--week", "2024-11-22", "--sources", "landing/sources.yml", "--out", "out");

        // then it is refused in one line, naming the store, while the first goes on
        assertThat(second.waitFor(3, TimeUnit.MINUTES)).as("second process ended").isTrue();
        assertThat(second.exitValue()).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("second.err"))).filteredOn(l -> !l.startsWith("OpenJDK")).singleElement()
                .satisfies(l -> assertThat(l).startsWith("capbrief: another capbrief process is using the store "
                        + dir.resolve("data/capbrief") + ";"));
        assertThat(first.isAlive()).as("the first run is still under way").isTrue();

        // when the first is killed mid-run (kill -9) and the same command runs again
        first.destroyForcibly().waitFor();
        Process restarted = capbrief("restarted", "run", "--week", "2024-11-22", "--sources", "landing/sources.yml", "--out", "out");

        // then the week completes: one version, one mail to the one recipient
        assertThat(restarted.waitFor(5, TimeUnit.MINUTES)).as("restarted process ended").isTrue();
        String out = Files.readString(dir.resolve("restarted.out"));
        assertThat(restarted.exitValue()).as(out + Files.readString(dir.resolve("restarted.err"))).isZero();
        assertThat(out).contains("Week ending 2024-11-22: issued (version 1)");
        assertThat(versions()).containsExactly("v1");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("briefing@localhost");
        assertThat(Files.readString(dir.resolve("data/capbrief.log")))
                .contains("was left STARTED by a process that stopped; recovering it to restart");

        // and once more: done, nothing new
        Process again = capbrief("again", "run", "--week", "2024-11-22", "--sources", "landing/sources.yml", "--out", "out");
        assertThat(again.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(Files.readString(dir.resolve("again.out"))).contains("already done; nothing was run (version 1)");
        assertThat(versions()).containsExactly("v1");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    private static void signal(String signal, Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor(1, TimeUnit.MINUTES) && kill.exitValue() == 0).as("kill -" + signal).isTrue();
    }

    /** The application on this test's own classpath, in the temporary folder, mailing GreenMail. */
    private Process capbrief(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-Dcapbrief.data-dir=" + dir.resolve("data"),
                "-Dspring.mail.host=127.0.0.1", "-Dspring.mail.port=" + SMTP.getPort(),
                "-Dlogging.level.org.springframework.batch=INFO",
                CapbriefApplication.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
        started.add(process);
        return process;
    }

    private void awaitLog(String text, Process process) throws Exception {
        Path log = dir.resolve("data/capbrief.log");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            assertThat(process.isAlive()).as("the run ended before logging '%s': %s", text,
                    Files.readString(dir.resolve("first.err"))).isTrue();
            Thread.sleep(5);
        }
        throw new AssertionError("no '" + text + "' in " + log + " within 3 minutes");
    }

    private List<String> versions() throws IOException {
        try (Stream<Path> dirs = Files.list(dir.resolve("out/2024-11-22"))) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
