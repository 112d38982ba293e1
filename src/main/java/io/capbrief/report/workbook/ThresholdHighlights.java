package io.capbrief.report.workbook;

import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.report.Briefing.CompanyRow;

import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/**
 * Colours a company table's cells that cross a screen threshold (METRICS.md section 6): red where
 * the refinancing-risk screen looks (coverage, leverage, maturity wall), green where the quality screen
 * does. Conditional formats rather than fixed colours, so a PM who edits a value sees the colour follow.
 */
final class ThresholdHighlights {

    private static final byte[] RISK_FILL = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    private static final byte[] RISK_FONT = {(byte) 0x9C, (byte) 0x00, (byte) 0x06};
    private static final byte[] QUALITY_FILL = {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE};
    private static final byte[] QUALITY_FONT = {(byte) 0x00, (byte) 0x61, (byte) 0x00};

    private ThresholdHighlights() {}

    /** @param firstRow the table's first data row (0-based), @param rows how many data rows it has */
    static void apply(XSSFSheet sheet, WorkbookTable<CompanyRow> table, int firstColumn, int firstRow, int rows,
            ScreenThresholds thresholds) {
        int lastRow = firstRow + Math.max(1, rows) - 1;
        int leverage = firstColumn + table.indexOf(CompanyColumns.NET_DEBT_TO_EBITDA);
        int coverage = firstColumn + table.indexOf(CompanyColumns.INTEREST_COVERAGE);
        int maturities = firstColumn + table.indexOf(CompanyColumns.NEAR_TERM_MATURITIES);
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        rule(formatting, leverage, firstRow, lastRow, ">", thresholds.refinancingMinNetDebtToEbitda(), true);
        rule(formatting, coverage, firstRow, lastRow, "<", thresholds.refinancingMaxInterestCoverage(), true);
        rule(formatting, maturities, firstRow, lastRow, ">", thresholds.refinancingMinNearTermMaturities(), true);
        rule(formatting, coverage, firstRow, lastRow, ">", thresholds.qualityMinInterestCoverage(), false);
        rule(formatting, leverage, firstRow, lastRow, "<", thresholds.qualityMaxNetDebtToEbitda(), false);
    }

    private static void rule(XSSFSheetConditionalFormatting formatting, int column, int firstRow, int lastRow,
            String comparison, double threshold, boolean risk) {
        String cell = CellReference.convertNumToColString(column) + (firstRow + 1);
        // a "cell value less than" rule would colour empty cells too (Excel reads a blank as 0); an empty figure stays plain
        XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                "AND(ISNUMBER(" + cell + ")," + cell + comparison + threshold + ")");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(risk ? RISK_FILL : QUALITY_FILL, null));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        rule.createFontFormatting().setFontColor(new XSSFColor(risk ? RISK_FONT : QUALITY_FONT, null));
        formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, column, column)}, rule);
    }
}
