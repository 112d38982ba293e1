package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;

import io.capbrief.report.FiguresJsonWriter;
import io.capbrief.sample.SampleLandingZone;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A forced rerun reissues a week as a corrected version when, and only when, its figures changed. */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:correction;DB_CLOSE_DELAY=-1"})
class CorrectionFunctionalTests {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);

    @Autowired
    WeeklyBriefingLauncher launcher;

    @TempDir
    Path dir;

    @Test
    void aChangedSourceFileForcedThroughBecomesVersionTwoWithACorrectionNoteAndMail() throws Exception {
        // given the week issued from the sample
        Path landing = dir.resolve("landing");
        new SampleLandingZone().writeMarket(landing);
        Path out = dir.resolve("out");
        WeekParameters params = new WeekParameters(WEEK, landing.resolve("sources.yml"), out, true);
        assertThat(launcher.run(params).version()).isEqualTo(1);

        // when a forced rerun finds the same figures
        WeekOutcome same = launcher.run(params);

        // then nothing new is issued or mailed
        assertThat(same.status()).as(same.message()).isEqualTo(WeekOutcome.Status.UNCHANGED);
        assertThat(same.version()).isEqualTo(1);
        assertThat(same.mails()).isEmpty();

        // when the publisher corrects the week's Russell 2000 close and the week is forced again
        Path rut = landing.resolve("prices/RUT.csv");
        String corrected = Files.readString(rut).replaceFirst("(?m)^2024-11-22,[0-9.]+,", "2024-11-22,2420.0,");
        assertThat(corrected).isNotEqualTo(Files.readString(rut));
        Files.writeString(rut, corrected);
        WeekOutcome reissued = launcher.run(params);

        // then version 2 carries the changed figures, lists them old -> new, and goes out as a correction
        assertThat(reissued.status()).as(reissued.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        assertThat(reissued.version()).isEqualTo(2);
        assertThat(out.resolve("2024-11-22/v1/figures.json")).exists();
        double close = FiguresJsonWriter.figures(Files.readString(out.resolve("2024-11-22/v2/figures.json")))
                .get("RUSSELL_2000.close");
        assertThat(close).isEqualTo(2420.0);
        assertThat(Files.readString(out.resolve("2024-11-22/v2/email.txt")))
                .contains("CORRECTION", "RUSSELL_2000.close: 2,406.67 \u2192 2,420.00");
        assertThat(reissued.mails()).singleElement().satisfies(eml -> {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), Files.newInputStream(eml));
            // the other index and rate files are still the sample's
            assertThat(mail.getSubject()).isEqualTo("[SAMPLE] Small-cap briefing \u2014 week ending 2024-11-22 (corrected, v2)");
        });

        // and an unforced run of the week still says it is done
        assertThat(launcher.run(new WeekParameters(WEEK, landing.resolve("sources.yml"), out)).status())
                .isEqualTo(WeekOutcome.Status.ALREADY_DONE);
    }
}
