package io.capbrief.report;

import io.capbrief.report.Briefing.Finding;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Every data-quality finding, one row each: source, company, what is wrong, what was done (table {@code DataQuality}). */
final class DataQualitySheet implements WorkbookSheet {

    @Override
    public String name() {
        return "Data quality";
    }

    @Override
    public void fill(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        new WorkbookTable<Finding>("DataQuality")
                .column("Source", WorkbookFormat.TEXT, Finding::source)
                .column("Company", WorkbookFormat.TEXT, Finding::company)
                .column("Problem", WorkbookFormat.TEXT, Finding::problem)
                .column("Action", WorkbookFormat.TEXT, Finding::action)
                .write(sheet, 0, 0, briefing.findings(), styles);
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        sheet.setColumnWidth(3, 28 * 256);
    }
}
