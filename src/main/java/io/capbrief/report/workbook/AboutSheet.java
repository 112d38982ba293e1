package io.capbrief.report.workbook;

import io.capbrief.report.Briefing.Source;
import io.capbrief.report.Briefing;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** What the workbook is built from: week, version, sources with their as-of dates (table {@code Sources}), methodology. */
final class AboutSheet implements WorkbookSheet {

    static final String METHODOLOGY = "Every figure is computed as defined in METRICS.md, the briefing's methodology: "
            + "returns and shares are fractions shown as percentages, multiples (P/E, leverage, coverage) carry an x, "
            + "rates are in percent and their changes in basis points. Only data known by the end of the week is used "
            + "(no look-ahead), so a rerun of an old week reproduces what could have been known then. "
            + "A figure that cannot be computed is an empty cell, never 0.";

    private static final int PARAGRAPH_ROW = 5;
    private static final int SOURCES_HEADER_ROW = 7;

    @Override
    public String name() {
        return "About";
    }

    @Override
    public void fill(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        WorkbookHeading.write(sheet, briefing, styles);

        XSSFRow heading = WorkbookCells.row(sheet, PARAGRAPH_ROW - 1);
        heading.createCell(0).setCellValue("Methodology");
        heading.getCell(0).setCellStyle(styles.label());
        XSSFRow paragraph = WorkbookCells.row(sheet, PARAGRAPH_ROW);
        paragraph.createCell(0).setCellValue(METHODOLOGY);
        paragraph.getCell(0).setCellStyle(styles.paragraph());
        sheet.addMergedRegion(new CellRangeAddress(PARAGRAPH_ROW, PARAGRAPH_ROW, 0, 3));
        // merged cells do not grow to fit wrapped text, so the row is made tall enough by hand
        paragraph.setHeightInPoints(6 * sheet.getDefaultRowHeightInPoints());

        new WorkbookTable<Source>("Sources")
                .column("Source", WorkbookFormat.TEXT, Source::id)
                .column("File", WorkbookFormat.TEXT, Source::file)
                .column("SHA-256", WorkbookFormat.TEXT, Source::sha256)
                .column("As of", WorkbookFormat.DATE, Source::asOf)
                .write(sheet, SOURCES_HEADER_ROW, 0, briefing.sources(), styles);

        int row = SOURCES_HEADER_ROW + Math.max(1, briefing.sources().size()) + 2;
        if (!briefing.correction().isEmpty()) {
            XSSFRow title = WorkbookCells.row(sheet, row++);
            title.createCell(0).setCellValue("Correction (version " + briefing.version() + ")");
            title.getCell(0).setCellStyle(styles.label());
            for (String line : briefing.correction()) {
                WorkbookCells.row(sheet, row++).createCell(0).setCellValue(line);
            }
        }
    }
}
