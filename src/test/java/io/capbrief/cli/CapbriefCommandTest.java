package io.capbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine;

/** The command line as a user meets it: help, bad arguments, the demo and its rerun. */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "capbrief.landing-dir=target/cli-test/landing",
        "capbrief.sources=target/cli-test/config/sources.yml",
        "spring.datasource.url=jdbc:h2:mem:cli;DB_CLOSE_DELAY=-1"})
class CapbriefCommandTest {

    @Autowired
    ApplicationContext context;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @ParameterizedTest
    @ValueSource(strings = {"run", "demo", "sample-data", "runs", "explain", "deliveries", "resend", "release", "fetch", "fetches",
            "serve", "bench"})
    void everyCommandHasHelp(String command) {
        assertThat(execute(command, "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: capbrief " + command);
    }

    @Test
    void refusesAWeekThatDoesNotEndOnAFriday() {
        assertThat(execute("run", "--week", "2024-11-20")).isEqualTo(2);
        assertThat(err.toString()).startsWith(
                "--week 2024-11-20 is a Wednesday; weeks end on Fridays (the week containing it ends 2024-11-22)");
    }

    @Test
    void aMissingManifestFailsWithAOneLineReason() {
        Path missing = dir.resolve("nope.yml");

        assertThat(execute("run", "--week", "2024-11-22", "--sources", missing.toString(), "--out", dir.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith("Week ending 2024-11-22 FAILED: ").contains("nope.yml");
    }

    @Test
    void runOnAnEmptyLandingZoneStopsWithOneLineAndWritesNothing() throws IOException {
        // given no config/sources.yml and an empty landing zone
        Path landing = Path.of("target/cli-test/landing");
        FileSystemUtils.deleteRecursively(landing.getParent());
        Files.createDirectories(landing);

        // when
        int exit = execute("run", "--week", "2024-11-22", "--out", dir.resolve("out").toString());

        // then
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("capbrief: no source files in ./target/cli-test/landing: "
                + "run `capbrief fetch`, put files there, or try `capbrief demo`" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        try (var files = Files.list(landing)) {
            assertThat(files).isEmpty();
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theDemoBriefsTheSampleWeekAndARerunSaysItIsDone() throws IOException {
        Path outDir = dir.resolve("out");

        assertThat(execute("demo", "--out", outDir.toString())).isZero();

        Path v1 = outDir.resolve("2024-11-22/v1");
        assertThat(out.toString()).contains("Week ending 2024-11-22: issued (version 1)",
                "PDF       " + v1.resolve("briefing.pdf"), "Workbook  " + v1.resolve("briefing.xlsx"),
                "Figures   " + v1.resolve("figures.json"),
                "Email     " + outDir.resolve("outbox/2024-11-22-v1-briefing@localhost.eml"));
        assertThat(Files.readString(v1.resolve("figures.json"))).contains("\"RUSSELL_2000.return.event.us-election\" : 0.0645");
        // the demo is the sample, and says so where a reader looks first
        assertThat(Files.readString(v1.resolve("email-subject.txt"))).isEqualTo("[SAMPLE] Small-cap briefing \u2014 week ending 2024-11-22");
        assertThat(Files.readString(v1.resolve("email.txt"))).contains("SAMPLE DATA: SYNTHETIC, NOT MARKET FIGURES");

        out.getBuffer().setLength(0);
        assertThat(execute("demo", "--out", outDir.toString())).isZero();
        assertThat(out.toString()).contains("Week ending 2024-11-22: already done; nothing was run (version 1)")
                .doesNotContain("Email");

        // the operator's view of it
        out.getBuffer().setLength(0);
        assertThat(execute("runs")).isZero();
        assertThat(out.toString().lines().skip(1)).anyMatch(l -> l.contains("2024-11-22") && l.contains("COMPLETED"));
        out.getBuffer().setLength(0);
        assertThat(execute("deliveries", "--week", "2024-11-22")).isZero();
        assertThat(out.toString()).contains("v1", "briefing@localhost", "OUTBOX", "DELIVERED")
                .containsPattern("attempt 1 .* OUTBOX +pdf\\+workbook +DELIVERED +" + java.util.regex.Pattern.quote(
                        outDir.resolve("outbox/2024-11-22-v1-briefing@localhost.eml").toString()));
        out.getBuffer().setLength(0);
        assertThat(execute("resend", "--week", "2024-11-22", "--out", outDir.toString())).isZero();
        assertThat(out.toString()).startsWith("v1 has reached every recipient; nothing to resend");
        Path eml = outDir.resolve("outbox/2024-11-22-v1-briefing@localhost.eml");
        Files.delete(eml);
        out.getBuffer().setLength(0);
        assertThat(execute("resend", "--week", "2024-11-22", "--to", "briefing@localhost", "--out", outDir.toString())).isZero();
        assertThat(out.toString()).startsWith("v1 to briefing@localhost: DELIVERED");
        assertThat(eml).exists();
        assertThat(Files.readString(eml)).contains("Subject: =?UTF-8?Q?[SAMPLE]_Small-cap");
        assertThat(execute("resend", "--week", "2023-01-06")).isEqualTo(1);
        assertThat(err.toString()).contains("no briefing has been issued for the week ending 2023-01-06");
    }

    @Test
    void sampleDataWritesTheLandingZoneAndSaysHowToRunIt() {
        assertThat(execute("sample-data", "--out", dir.toString())).isZero();

        assertThat(dir.resolve("sources.yml")).exists();
        assertThat(dir.resolve("prices/RUT.csv")).exists();
        assertThat(out.toString()).contains("capbrief run --week 2024-11-22 --sources " + dir.resolve("sources.yml"));
    }

    private int execute(String... args) {
        CommandLine cli = CliRunner.commandLine(context);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
