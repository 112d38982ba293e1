package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import io.capbrief.report.FiguresJsonWriter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A forward P/E computed on a fifth of the index is no index figure: "n.s." in the PDF and workbook, null in figures.json. */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:coverage-floor;DB_CLOSE_DELAY=-1"})
class CoverageFloorFunctionalTests {

    @Autowired
    WeeklyBriefingLauncher launcher;

    @TempDir
    Path dir;

    @Test
    void anAggregateUnderTheFloorReadsNotSignificantWithItsCoverage() throws IOException {
        // given the valuation fixture's holdings of 2024-08-30 (AAA 50%, BBB 30%, CCC 20%), but estimates for CCC alone
        Path manifest = ValuationFixtures.twoHoldingsUniverse(dir, "");
        Files.writeString(dir.resolve("estimates.csv"), """
                ticker,as_of,fiscal_year_end,fy1_eps,fy2_eps,ntm_eps,analysts
                CCC,2024-08-23,2025-06-30,,,2,3
                """);

        // when
        WeekOutcome outcome = launcher.run(new WeekParameters(LocalDate.of(2024, 9, 27), manifest, dir.resolve("out")));

        // then the forward P/E (CCC's 40 / 2 = 20x, on 20% of the weight) is null, kept under low_coverage
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        Map<String, Double> figures = FiguresJsonWriter.figures(Files.readString(outcome.versionDir().resolve("figures.json")));
        assertThat(figures).containsEntry("RUSSELL_2000.fwd_pe", null);
        assertThat(figures.get("RUSSELL_2000.fwd_pe.low_coverage")).isCloseTo(20.0, within(1e-9));
        assertThat(figures.get("RUSSELL_2000.coverage.fwd_pe")).isCloseTo(0.20, within(1e-12));
        // while the share of unprofitable companies, on all three filings, stands: BBB's loss, one of three
        assertThat(figures.get("RUSSELL_2000.pct_unprofitable")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(figures).doesNotContainKey("RUSSELL_2000.pct_unprofitable.low_coverage");

        // and the PDF and the workbook say "n.s." with the coverage, never 20.0x
        String pdf = text(outcome.versionDir().resolve("briefing.pdf"));
        assertThat(pdf).contains("Russell 2000: forward P/E n.s. (computed on 20.0% of the index's weight)",
                "The Russell 2000's forward P/E is not significant this week: too few of its companies have filings and "
                        + "estimates (20.0% of its weight) to speak for the index.",
                "Fwd P/E Russell 2000 \u2013 \u2013 \u2013 \u2013 n.s. 20%", "Forward P/E n.s. 20% \u2013",
                "Forward P/E ex-negative n.s. 20% \u2013");
        // only the Information Technology sector, whose whole weight CCC is, shows 20.0x
        assertThat(pdf.split("20\\.0x", -1)).hasSize(3);
        assertThat(pdf).contains("Information Technology 20.0% 20.0x 20.0x");
        assertThat(ValuationFixtures.sheetTexts(outcome.versionDir().resolve("briefing.xlsx"), "Leverage")).contains("n.s. 20%");
        assertThat(ValuationFixtures.sheetTexts(outcome.versionDir().resolve("briefing.xlsx"), "Summary")).contains("n.s. 20%");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // one line per sentence: the PDF wraps long ones
            return new PDFTextStripper().getText(doc).replaceAll("\\s*\\R\\s*", " ");
        }
    }
}
