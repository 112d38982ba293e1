package io.capbrief.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.report.Briefing;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the briefing workbook for portfolio managers (BRIEFING.md, "The Excel workbook"). */
public final class BriefingWorkbookWriter {

    /** Rows a streamed sheet keeps in memory before it writes them to its temporary file. */
    private static final int STREAM_WINDOW = 200;

    /** In workbook order; the names are part of the contract with PMs' own links. */
    private final List<WorkbookSheet> sheets;

    /** With METRICS.md section 6's default screen thresholds. */
    public BriefingWorkbookWriter() {
        this(ScreenThresholds.DEFAULTS);
    }

    /** @param thresholds the screens' configured thresholds, which the Companies and Screens sheets highlight */
    public BriefingWorkbookWriter(ScreenThresholds thresholds) {
        this.sheets = List.of(new SummarySheet(), new IndicesSheet(), new ValuationSheet(), new LeverageSheet(),
                new CompaniesSheet(thresholds), new ScreensSheet(thresholds), new LineageSheet(), new DataQualitySheet(), new AboutSheet());
    }

    public void write(Briefing briefing, Path xlsxFile) {
        Path target = xlsxFile.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            // written beside the target and moved, so a failed run never leaves half a workbook behind
            // (not Files.createTempFile: its owner-only permissions would stay on the finished file)
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try {
                try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(partial)) {
                    WorkbookStyles styles = new WorkbookStyles(workbook);
                    fill(workbook, briefing, styles);
                    // charts and tables are laid out on the XSSF side above; the long lists stream through
                    // SXSSF, which takes the filled workbook as its template and appends rows below the headers
                    SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, STREAM_WINDOW);
                    try {
                        for (WorkbookSheet sheet : sheets) {
                            sheet.stream(streaming.getSheet(sheet.name()), briefing, styles);
                        }
                        streaming.write(out);
                    } finally {
                        streaming.dispose();
                    }
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write workbook " + xlsxFile, e);
        }
    }

    private void fill(XSSFWorkbook workbook, Briefing briefing, WorkbookStyles styles) {
        for (WorkbookSheet sheet : sheets) {
            XSSFSheet created = workbook.createSheet(sheet.name());
            sheet.fill(created, briefing, styles);
            // printed, a sheet is one page wide rather than its columns scattered over many pages
            created.getPrintSetup().setLandscape(true);
            created.getPrintSetup().setFitWidth((short) 1);
            created.getPrintSetup().setFitHeight((short) 0);
            created.setFitToPage(true);
        }
        properties(workbook.getProperties().getCoreProperties(), briefing);
    }

    private static void properties(POIXMLProperties.CoreProperties core, Briefing briefing) {
        core.setTitle("Small-cap briefing \u2014 week ending " + briefing.week());
        core.setSubjectProperty("Weekly small-cap market briefing: index performance, valuation, leverage and rates");
        core.setCreator("capbrief");
        core.setKeywords("capbrief; week " + briefing.week() + "; version " + briefing.version());
        Date generated = Date.from(briefing.generatedAt());
        core.setCreated(Optional.of(generated));
        core.setModified(Optional.of(generated));
    }
}
