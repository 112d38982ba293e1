package io.capbrief.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice, where installed, opens the workbook and prints its figures and charts (a second independent reader). */
class WorkbookLibreOfficeTest {

    private static final Path LIBREOFFICE = Path.of("/usr/bin/libreoffice");

    @TempDir
    Path dir;

    @Test
    void libreOfficeConvertsTheWorkbookToPdf() throws Exception {
        assumeTrue(Files.isExecutable(LIBREOFFICE), "LibreOffice is not installed at /usr/bin/libreoffice");
        Path xlsx = dir.resolve("briefing.xlsx");
        new BriefingWorkbookWriter().write(WorkbookFixtures.briefing(), xlsx);

        // a private profile, so a LibreOffice the user has open does not take over the conversion
        Process process = new ProcessBuilder(LIBREOFFICE.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        Path pdf = dir.resolve("briefing.pdf");
        assertThat(pdf).exists();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // one page a sheet: Summary, Indices, Valuation, Leverage, Companies, Screens, Lineage, Data quality, About
            assertThat(document.getNumberOfPages()).isEqualTo(9);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Russell 2000", "2,406.67", "4.4%", "6.4%", "27.9x", "+53", "Indices rebased to 100");
            // Valuation, Leverage, Companies and Screens, with LibreOffice's own rendering of the number formats
            assertThat(text).contains("Forward P/E", "21.1x", "42.4%", "200.0x", "3.3x", "Russell 2000 sectors",
                    "Acme Tools Inc", "60.000%", "1,000.0", "100,000.0", "negative forward earnings", "Quality small caps",
                    "Refinancing risk", "TRUE");
        }
    }
}
