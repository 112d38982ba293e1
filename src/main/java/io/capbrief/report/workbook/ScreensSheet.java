package io.capbrief.report.workbook;

import java.util.List;

import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.report.Briefing.CompanyRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.ScreenRules;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The two screens of METRICS.md section 6, full lists in screen order: quality small caps (table
 * {@code QualitySmallCaps}) above refinancing risk ({@code RefinancingRisk}), with the same columns,
 * so the frozen header row reads right over both.
 *
 * <p>Their rows are streamed (a screen of a 3,000-company universe lists a thousand and more, and
 * written cell by cell into the in-memory sheet they were the workbook's largest cost). A streamed
 * sheet takes rows only below those laid out in memory, so only the first title and header are;
 * the second screen's title and header stream between the two lists.
 */
final class ScreensSheet implements WorkbookSheet {

    private static final int FIRST_TITLE_ROW = 0;

    private final ScreenThresholds thresholds;

    ScreensSheet(ScreenThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public String name() {
        return "Screens";
    }

    /** Where each part of the sheet goes: a screen's title, its header below, its rows (at least one) and a blank row. */
    private record Layout(int qualityHeader, int riskTitle, int riskHeader) {

        static Layout of(Briefing briefing) {
            int qualityHeader = FIRST_TITLE_ROW + 1;
            int riskTitle = qualityHeader + 1 + Math.max(1, briefing.valuation().qualitySmallCaps().size()) + 1;
            return new Layout(qualityHeader, riskTitle, riskTitle + 1);
        }
    }

    @Override
    public void fill(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        Layout layout = Layout.of(briefing);
        List<CompanyRow> quality = briefing.valuation().qualitySmallCaps();
        List<CompanyRow> risk = briefing.valuation().refinancingRisk();
        title(WorkbookCells.row(sheet, FIRST_TITLE_ROW), ScreenRules.qualityTitle(thresholds), styles);
        WorkbookTable<CompanyRow> qualityTable = qualityTable();
        qualityTable.declare(sheet, layout.qualityHeader(), 0, quality.size(), styles);
        qualityTable.fitText(sheet, 0, quality);
        ThresholdHighlights.apply(sheet, qualityTable, 0, layout.qualityHeader() + 1, quality.size(), thresholds);
        WorkbookTable<CompanyRow> riskTable = riskTable();
        riskTable.declareAhead(sheet, layout.riskHeader(), 0, risk.size());
        riskTable.fitText(sheet, 0, risk);
        ThresholdHighlights.apply(sheet, riskTable, 0, layout.riskHeader() + 1, risk.size(), thresholds);
        sheet.createFreezePane(1, FIRST_TITLE_ROW + 2);
        sheet.setColumnWidth(2, Math.max(sheet.getColumnWidth(2), 24 * 256));
    }

    @Override
    public void stream(SXSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        Layout layout = Layout.of(briefing);
        qualityTable().streamRows(sheet, layout.qualityHeader() + 1, 0, briefing.valuation().qualitySmallCaps(), styles);
        title(sheet.createRow(layout.riskTitle()), ScreenRules.refinancingTitle(thresholds), styles);
        WorkbookTable<CompanyRow> riskTable = riskTable();
        riskTable.writeHeader(sheet, layout.riskHeader(), 0, styles);
        riskTable.streamRows(sheet, layout.riskHeader() + 1, 0, briefing.valuation().refinancingRisk(), styles);
    }

    private static void title(Row row, String title, WorkbookStyles styles) {
        row.createCell(0).setCellValue(title);
        row.getCell(0).setCellStyle(styles.label());
    }

    private static WorkbookTable<CompanyRow> qualityTable() {
        return CompanyColumns.screen("QualitySmallCaps");
    }

    private static WorkbookTable<CompanyRow> riskTable() {
        return CompanyColumns.screen("RefinancingRisk");
    }
}
