package io.capbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.capbrief.report.Briefing;
import io.capbrief.report.SampleBriefings;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF briefing: the reader sees the figures as DisplayFormat prints them, on every machine, on A4 or Letter. */
class PdfBriefingRendererTest {

    @TempDir
    Path dir;

    @Test
    void summaryPageShowsTitleWeekAndKeyFiguresAsFormatted() throws IOException {
        String text = text(render(PageSize.A4, SampleBriefings.week20241122()));

        assertThat(text).contains("Small-cap briefing", "Week ending 2024-11-22");
        assertThat(text).contains("Russell 2000", "S&P 500", "Nasdaq Composite", "Since US election", "Fwd P/E");
        assertThat(text).contains("2,406.67", "+6.4%", "+18.7%", "-1.5%", "27.9x", "19,003.65", "+26.6%");
        assertThat(text).contains("10-year Treasury", "4.41%", "-2 bp", "+53 bp", "Fed funds (effective)", "-75 bp");
        assertThat(text).contains("The Russell 2000 rose 6.4% since the US election on 5 Nov 2024");
    }

    @Test
    void aFigureThatCouldNotBeComputedShowsAsAnEnDash() throws IOException {
        String text = text(render(PageSize.A4, SampleBriefings.week20241122()));

        // the Nasdaq Composite has no forward P/E in the sample: its row ends with the dash, never "0.0x"
        assertThat(text).containsPattern("Nasdaq Composite 19,003.65 \\+1.7% \\+4.6% \\+26.6% -1.5% \u2013");
        assertThat(text).doesNotContainPattern("(?<![0-9.])0\\.0x");
    }

    @Test
    void performancePageHasTheReturnsTable() throws IOException {
        String text = text(render(PageSize.A4, SampleBriefings.week20241122()));

        assertThat(text).contains("Performance", "Returns", "MTD", "QTD", "52-week high", "52-week low");
        assertThat(text).contains("Russell 2000 +4.4% +7.3% +4.4% +18.7% +6.4% -1.5% 2,434.73 1,762.42");
    }

    @Test
    void hasFourToEightPagesOnA4AndLetterEachWithWeekVersionAndPageNumberInTheFooter() throws IOException {
        for (PageSize size : PageSize.values()) {
            Path pdf = render(size, SampleBriefings.week20241122());

            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                int pages = doc.getNumberOfPages();
                assertThat(pages).as(size + " page count").isBetween(4, 8);
                for (int page = 1; page <= pages; page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    assertThat(stripper.getText(doc)).contains("Week ending 2024-11-22 \u00b7 version 1",
                            "Page " + page + " of " + pages);
                }
            }
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        Path pdf = render(PageSize.A4, SampleBriefings.week20241122());

        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    fonts.add(font.getName());
                }
            }
        }
        assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans")).anyMatch(f -> f.contains("DejaVuSerif"));
    }

    @Test
    void a4AndLetterHaveTheirOwnPageSize() throws IOException {
        PDRectangle a4 = mediaBox(render(PageSize.A4, SampleBriefings.week20241122()));
        PDRectangle letter = mediaBox(render(PageSize.LETTER, SampleBriefings.week20241122()));

        assertThat(a4.getWidth()).isEqualTo(595f);
        assertThat(a4.getHeight()).isEqualTo(842f);
        assertThat(letter.getWidth()).isEqualTo(612f);
        assertThat(letter.getHeight()).isEqualTo(792f);
    }

    @Test
    void aCorrectedVersionCarriesTheCorrectionNote() throws IOException {
        String first = text(render(PageSize.A4, SampleBriefings.week20241122()));
        String corrected = text(render(PageSize.A4, SampleBriefings.corrected(
                List.of("RUSSELL_2000.return.ytd: +18.5% \u2192 +18.7%"))));

        assertThat(first).doesNotContain("Correction");
        assertThat(corrected).contains("Correction", "RUSSELL_2000.return.ytd: +18.5% \u2192 +18.7%", "version 2");
    }

    private Path render(PageSize size, Briefing briefing) {
        Path pdf = dir.resolve("briefing-" + size + "-v" + briefing.version() + ".pdf");
        new PdfBriefingRenderer(size).render(briefing, pdf);
        return pdf;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static PDRectangle mediaBox(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getPage(0).getMediaBox();
        }
    }
}
