package io.capbrief.report;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.report.Briefing.CompanyRow;

/**
 * The two screens of METRICS.md section 6, full lists in screen order: quality small caps (table
 * {@code QualitySmallCaps}) above refinancing risk ({@code RefinancingRisk}), with the same columns,
 * so the frozen header row reads right over both.
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

    @Override
    public void fill(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        List<CompanyRow> quality = briefing.valuation().qualitySmallCaps();
        int next = screen(sheet, FIRST_TITLE_ROW, "Quality small caps: profitable, net debt / EBITDA < "
                + number(thresholds.qualityMaxNetDebtToEbitda()) + "x or net cash, interest coverage > "
                + number(thresholds.qualityMinInterestCoverage()) + "x or no interest expense; cheapest forward P/E first",
                "QualitySmallCaps", quality, styles);
        screen(sheet, next, "Refinancing risk: interest coverage < " + number(thresholds.refinancingMaxInterestCoverage())
                + "x, net debt / EBITDA > " + number(thresholds.refinancingMinNetDebtToEbitda())
                + "x or near-term maturities > " + number(thresholds.refinancingMinNearTermMaturities() * 100)
                + "% of debt; least rate-shock coverage first", "RefinancingRisk", briefing.valuation().refinancingRisk(),
                styles);
        sheet.createFreezePane(1, FIRST_TITLE_ROW + 2);
        sheet.setColumnWidth(2, Math.max(sheet.getColumnWidth(2), 24 * 256));
    }

    private int screen(XSSFSheet sheet, int titleRow, String title, String tableName, List<CompanyRow> companies,
            WorkbookStyles styles) {
        XSSFRow titleCells = WorkbookCells.row(sheet, titleRow);
        titleCells.createCell(0).setCellValue(title);
        titleCells.getCell(0).setCellStyle(styles.label());
        WorkbookTable<CompanyRow> table = CompanyColumns.screen(tableName);
        table.write(sheet, titleRow + 1, 0, companies, styles);
        ThresholdHighlights.apply(sheet, table, 0, titleRow + 2, companies.size(), thresholds);
        return titleRow + 2 + Math.max(1, companies.size()) + 1;
    }

    /** 5.0 prints "5", 1.5 prints "1.5". */
    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
