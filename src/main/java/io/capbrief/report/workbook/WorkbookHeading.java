package io.capbrief.report.workbook;

import io.capbrief.report.Briefing;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The week, version and generation time at the top of a sheet, in rows 1 to 3. */
final class WorkbookHeading {

    private WorkbookHeading() {}

    static void write(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        WorkbookCells.labelled(sheet, 0, "Week ending", briefing.week(), WorkbookFormat.DATE, styles);
        WorkbookCells.labelled(sheet, 1, "Version", briefing.version(), WorkbookFormat.INTEGER, styles);
        WorkbookCells.labelled(sheet, 2, "Generated at (UTC)", briefing.generatedAt(), WorkbookFormat.DATE_TIME, styles);
        WorkbookCells.fit(sheet, 0, "Generated at (UTC)".length());
        WorkbookCells.fit(sheet, 1, WorkbookFormat.DATE_TIME.width());
    }
}
