package io.capbrief.report.workbook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes one value into a cell with the right cell type: numbers stay numbers, dates stay dates, null stays blank. */
final class WorkbookCells {

    private WorkbookCells() {}

    static Cell put(Row row, int column, Object value, WorkbookFormat format, WorkbookStyles styles) {
        Cell cell = row.createCell(column);
        // a blank cell keeps the column's format too, so a value typed in later looks right; and a
        // cell without a style of its own makes POI look up its column's default style, a scan of
        // the sheet's column list for every cell written
        cell.setCellStyle(styles.of(format));
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean yes) {
            // a real TRUE/FALSE cell, so a filter offers exactly the two values
            cell.setCellValue(yes);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (value instanceof Instant instant) {
            // Excel has no time zones: the workbook states that its times are UTC
            cell.setCellValue(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
        return cell;
    }

    /** A bold label in column A and its value in column B. */
    static void labelled(XSSFSheet sheet, int rowIndex, String label, Object value, WorkbookFormat format,
            WorkbookStyles styles) {
        XSSFRow row = row(sheet, rowIndex);
        row.createCell(0).setCellValue(label);
        row.getCell(0).setCellStyle(styles.label());
        put(row, 1, value, format, styles);
    }

    static XSSFRow row(XSSFSheet sheet, int rowIndex) {
        XSSFRow row = sheet.getRow(rowIndex);
        return row != null ? row : sheet.createRow(rowIndex);
    }

    /** Widens a column to fit {@code chars} characters, never narrowing what another block needed. */
    static void fit(Sheet sheet, int column, int chars) {
        int width = Math.min(80, chars + 2) * 256;
        if (sheet.getColumnWidth(column) < width) {
            sheet.setColumnWidth(column, width);
        }
    }
}
