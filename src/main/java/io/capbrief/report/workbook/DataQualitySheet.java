package io.capbrief.report.workbook;

import io.capbrief.metrics.DataNote;
import io.capbrief.report.Briefing;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Every data-quality finding, one row each: source, company, what is wrong, what was done (table
 * {@code DataQuality}). Its rows are streamed: a 3,000-company universe has thousands of findings.
 */
final class DataQualitySheet implements WorkbookSheet {

    @Override
    public String name() {
        return "Data quality";
    }

    @Override
    public void fill(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        table().declare(sheet, 0, 0, briefing.findings().size(), styles);
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        sheet.setColumnWidth(3, 28 * 256);
    }

    @Override
    public void stream(SXSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        table().streamRows(sheet, 1, 0, briefing.findings(), styles);
    }

    private static WorkbookTable<DataNote> table() {
        return new WorkbookTable<DataNote>("DataQuality")
                .column("Source", WorkbookFormat.TEXT, DataNote::source)
                .column("Company", WorkbookFormat.TEXT, DataNote::company)
                .column("Problem", WorkbookFormat.TEXT, DataNote::problem)
                .column("Action", WorkbookFormat.TEXT, DataNote::action);
    }
}
