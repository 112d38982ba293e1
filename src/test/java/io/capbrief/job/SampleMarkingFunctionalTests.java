package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.capbrief.RealData;
import io.capbrief.sample.SampleLandingZone;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A briefing made from the bundled sample says so on every PDF page, in the workbook's Summary and in
 * its email subject; one made from the publishers' files says nothing of the kind. A store of its own,
 * so that no other test's sample loads are known at the week.
 */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:sample-marking;DB_CLOSE_DELAY=-1"})
class SampleMarkingFunctionalTests {

    private static final String NOTE = "Sample data: synthetic, not market figures";

    @Autowired
    WeeklyBriefingLauncher launcher;

    @TempDir
    Path dir;

    @Test
    void onlyABriefingOnTheSampleSaysItIsTheSample() throws Exception {
        // given the publishers' own files, under the sample's file names and layout
        Path real = dir.resolve("real");
        copy(RealData.file("index_prices/yahoo_RUT.csv"), real.resolve("prices/RUT.csv"));
        copy(RealData.file("index_prices/fred_SP500__macro_monitor.csv"), real.resolve("fred/SP500.csv"));
        copy(RealData.file("rates/fred_DGS10__macro_charts.csv"), real.resolve("fred/DGS10.csv"));
        Path realManifest = Files.writeString(real.resolve("sources.yml"), """
                # capbrief sample landing zone: synthetic data (fixed seed) in the publishers' real formats.
                sources:
                  - { id: rut,    format: price-csv, path: prices/RUT.csv,   index: RUSSELL_2000 }
                  - { id: sp500,  format: fred-csv,  path: fred/SP500.csv,   index: SP_500 }
                  - { id: dgs10,  format: fred-csv,  path: fred/DGS10.csv,   series: DGS10 }
                """);

        // when
        WeekOutcome onReal = launcher.run(new WeekParameters(LocalDate.of(2024, 11, 22), realManifest, dir.resolve("out")));

        // then not a word of the sample, though the manifest was copied from the sample's, comment and all
        assertThat(onReal.status()).as(onReal.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        assertThat(pageTexts(onReal.versionDir().resolve("briefing.pdf"))).noneMatch(page -> page.contains(NOTE));
        assertThat(ValuationFixtures.sheetTexts(onReal.versionDir().resolve("briefing.xlsx"), "Summary")).doesNotContain(NOTE);
        assertThat(subject(onReal.mails().get(0))).isEqualTo("Small-cap briefing \u2014 week ending 2024-11-22");

        // given the sample's market files under other names, read by a manifest without the sample's comment
        Path sample = dir.resolve("sample");
        new SampleLandingZone().writeMarket(sample);
        Path renamed = dir.resolve("landing");
        copy(sample.resolve("prices/RUT.csv"), renamed.resolve("rut-closes.csv"));
        copy(sample.resolve("fred/SP500.csv"), renamed.resolve("sp500.csv"));
        Path sampleManifest = Files.writeString(renamed.resolve("weekly.yml"), """
                sources:
                  - { id: rut-closes, format: price-csv, path: rut-closes.csv, index: RUSSELL_2000 }
                  - { id: sp500-levels, format: fred-csv, path: sp500.csv, index: SP_500 }
                """);

        // when
        WeekOutcome onSample = launcher.run(new WeekParameters(LocalDate.of(2024, 11, 15), sampleManifest, dir.resolve("out")));

        // then every page, the Summary sheet and the subject say so
        assertThat(onSample.status()).as(onSample.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        List<String> pages = pageTexts(onSample.versionDir().resolve("briefing.pdf"));
        assertThat(pages).hasSizeGreaterThanOrEqualTo(4).allMatch(page -> page.contains(NOTE));
        assertThat(ValuationFixtures.sheetTexts(onSample.versionDir().resolve("briefing.xlsx"), "Summary")).contains(NOTE);
        assertThat(subject(onSample.mails().get(0))).isEqualTo("[SAMPLE] Small-cap briefing \u2014 week ending 2024-11-15");
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static List<String> pageTexts(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(doc));
            }
        }
        return pages;
    }

    private static String subject(Path eml) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in).getSubject();
        }
    }
}
