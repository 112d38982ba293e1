package io.capbrief.report.workbook;

import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.report.Briefing.CompanyRow;
import io.capbrief.report.Briefing;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One row per constituent of every index with every company metric (table {@code Companies}),
 * screen thresholds highlighted. Its rows are streamed: a benchmark universe has 10,000 and more.
 */
final class CompaniesSheet implements WorkbookSheet {

    private final ScreenThresholds thresholds;

    CompaniesSheet(ScreenThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public String name() {
        return "Companies";
    }

    @Override
    public void fill(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        int rows = briefing.valuation().companies().size();
        WorkbookTable<CompanyRow> table = CompanyColumns.all("Companies");
        table.declare(sheet, 0, 0, rows, styles);
        ThresholdHighlights.apply(sheet, table, 0, 1, rows, thresholds);
        // the header and the index and ticker stay in view; names and sectors get room without
        // measuring every value (a streamed sheet's rows are on disk by the time widths are set)
        sheet.createFreezePane(2, 1);
        sheet.setColumnWidth(0, 17 * 256);
        sheet.setColumnWidth(1, 9 * 256);
        sheet.setColumnWidth(2, 34 * 256);
        sheet.setColumnWidth(3, 24 * 256);
        sheet.setColumnWidth(table.columnCount() - 1, 40 * 256);
    }

    @Override
    public void stream(SXSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        CompanyColumns.all("Companies").streamRows(sheet, 1, 0, briefing.valuation().companies(), styles);
    }
}
