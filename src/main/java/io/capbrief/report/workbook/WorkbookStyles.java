package io.capbrief.report.workbook;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of one workbook, each created once (Excel caps a workbook at 64,000 styles). */
final class WorkbookStyles {

    private final XSSFWorkbook workbook;
    private final Map<WorkbookFormat, XSSFCellStyle> formats = new EnumMap<>(WorkbookFormat.class);
    private final XSSFCellStyle label;
    private final XSSFCellStyle paragraph;
    private final XSSFCellStyle header;
    private final XSSFCellStyle link;

    WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        label = workbook.createCellStyle();
        label.setFont(bold);
        paragraph = workbook.createCellStyle();
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);
        header = workbook.createCellStyle();
        // bold here too: LibreOffice does not draw Excel's table styles, which bold the header row
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        XSSFFont underlined = workbook.createFont();
        underlined.setUnderline(FontUnderline.SINGLE);
        underlined.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(underlined);
    }

    XSSFCellStyle of(WorkbookFormat format) {
        return formats.computeIfAbsent(format, f -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f.pattern()));
            return style;
        });
    }

    /** Bold, for the labels of label/value pairs. */
    CellStyle label() {
        return label;
    }

    /** A table's header cell: bold and wrapped, so a long header does not widen a column of short numbers. */
    CellStyle header() {
        return header;
    }

    /** Blue and underlined, for a cell that is a hyperlink. */
    CellStyle link() {
        return link;
    }

    /** Wrapped text, for prose in a merged cell. */
    CellStyle paragraph() {
        return paragraph;
    }
}
