package io.capbrief.report.workbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableStyleInfo;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;

/** A list written as a real Excel table: a header row, one row per item, filters and a stable name. */
final class WorkbookTable<T> {

    /** @param format the column's typical format (its width, and whether it holds text); formatOf each cell's own */
    private record Column<T>(String header, WorkbookFormat format, Function<T, WorkbookFormat> formatOf,
            Function<T, ?> value) {}

    private static final int HEADER_CHARS = 12;

    private final String name;
    private final List<Column<T>> columns = new ArrayList<>();

    /** @param name the table's name, the same every week (formulas refer to it), letters only */
    WorkbookTable(String name) {
        this.name = name;
    }

    WorkbookTable<T> column(String header, WorkbookFormat format, Function<T, ?> value) {
        columns.add(new Column<>(header, format, item -> format, value));
        return this;
    }

    /**
     * A numeric column whose rows differ in format, such as a column of figures of which some are multiples and
     * some shares; {@code typical} sizes the column.
     */
    WorkbookTable<T> column(String header, WorkbookFormat typical, Function<T, WorkbookFormat> formatOf,
            Function<T, ?> value) {
        columns.add(new Column<>(header, typical, formatOf, value));
        return this;
    }

    /** Writes the header at {@code headerRow}, the items below it, and returns the table. */
    XSSFTable write(XSSFSheet sheet, int headerRow, int firstColumn, List<T> items, WorkbookStyles styles) {
        writeHeader(sheet, headerRow, firstColumn, styles);
        for (int r = 0; r < items.size(); r++) {
            writeRow(WorkbookCells.row(sheet, headerRow + 1 + r), firstColumn, items.get(r), styles);
        }
        fitText(sheet, firstColumn, items);
        return createTable(sheet, headerRow, firstColumn, headerRow + Math.max(1, items.size()));
    }

    /** Widens each text column to its longest value, for rows written now or streamed later. */
    void fitText(Sheet sheet, int firstColumn, List<T> items) {
        for (T item : items) {
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).format() == WorkbookFormat.TEXT ? columns.get(c).value().apply(item) : null;
                if (value != null) {
                    WorkbookCells.fit(sheet, firstColumn + c, value.toString().length());
                }
            }
        }
    }

    /**
     * Writes the header and declares the table over {@code rowCount} rows below it, for rows that
     * {@link #writeRow} streams in later: on a streamed sheet the header must exist before the table
     * (which names its columns from it), and the rows cannot be held in memory to be written here.
     */
    XSSFTable declare(XSSFSheet sheet, int headerRow, int firstColumn, int rowCount, WorkbookStyles styles) {
        writeHeader(sheet, headerRow, firstColumn, styles);
        return createTable(sheet, headerRow, firstColumn, headerRow + Math.max(1, rowCount));
    }

    /**
     * Declares the table over its header row and {@code rowCount} rows below it before any of them
     * exists, for a table whose header is streamed too (one below another streamed table): its
     * columns are named here as {@link #writeHeader} will write the header cells, since POI names
     * them from header cells only where it finds them.
     */
    XSSFTable declareAhead(XSSFSheet sheet, int headerRow, int firstColumn, int rowCount) {
        XSSFTable table = createTable(sheet, headerRow, firstColumn, headerRow + Math.max(1, rowCount));
        List<String> headers = uniqueHeaders();
        List<CTTableColumn> tableColumns = table.getCTTable().getTableColumns().getTableColumnList();
        for (int c = 0; c < columns.size(); c++) {
            tableColumns.get(c).setName(headers.get(c));
        }
        return table;
    }

    /** The items' rows from {@code firstRow} on, created in order as a streamed sheet takes them. */
    void streamRows(Sheet sheet, int firstRow, int firstColumn, List<T> items, WorkbookStyles styles) {
        for (int i = 0; i < items.size(); i++) {
            writeRow(sheet.createRow(firstRow + i), firstColumn, items.get(i), styles);
        }
    }

    /** One item's cells in {@code row}, which may be a streamed row. */
    void writeRow(Row row, int firstColumn, T item, WorkbookStyles styles) {
        for (int c = 0; c < columns.size(); c++) {
            Column<T> column = columns.get(c);
            WorkbookCells.put(row, firstColumn + c, column.value().apply(item), column.formatOf().apply(item), styles);
        }
    }

    /** The offset of the column with this header from the table's first column. */
    int indexOf(String header) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).header().equals(header)) {
                return c;
            }
        }
        throw new IllegalArgumentException("table " + name + " has no column '" + header + "'");
    }

    int columnCount() {
        return columns.size();
    }

    /**
     * Long headers wrap over up to three lines rather than widening a column of short numbers: a
     * numeric column is as wide as its values or {@value #HEADER_CHARS} characters, whichever is more.
     */
    void writeHeader(Sheet sheet, int headerRow, int firstColumn, WorkbookStyles styles) {
        List<String> headers = uniqueHeaders();
        Row existing = sheet.getRow(headerRow);
        Row header = existing != null ? existing : sheet.createRow(headerRow);
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            String text = headers.get(c);
            Cell cell = header.createCell(firstColumn + c);
            cell.setCellValue(text);
            cell.setCellStyle(styles.header());
            WorkbookFormat format = columns.get(c).format();
            int chars = format == WorkbookFormat.TEXT ? text.length() : Math.max(format.width(), Math.min(text.length(), HEADER_CHARS));
            WorkbookCells.fit(sheet, firstColumn + c, chars);
            lines = Math.max(lines, Math.min(3, wrappedLines(text, sheet.getColumnWidth(firstColumn + c) / 256 - 2)));
        }
        if (lines > 1) {
            // a wrapped cell does not make its row taller by itself in every reader
            header.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        }
    }

    /** Lines the text takes when wrapped at word boundaries into lines of {@code chars} characters. */
    static int wrappedLines(String text, int chars) {
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            if (used > 0 && used + 1 + word.length() > chars) {
                lines++;
                used = word.length();
            } else {
                used += (used > 0 ? 1 : 0) + word.length();
            }
        }
        return lines;
    }

    private XSSFTable createTable(XSSFSheet sheet, int headerRow, int firstColumn, int lastRow) {
        AreaReference area = new AreaReference(new CellReference(headerRow, firstColumn),
                new CellReference(lastRow, firstColumn + columns.size() - 1), SpreadsheetVersion.EXCEL2007);
        // setArea (inside createTable) names the table's columns from the header cells written above;
        // a column name that differs from its header cell is what makes Excel offer a repair
        XSSFTable table = sheet.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        CTTable ct = table.getCTTable();
        if (!ct.isSetAutoFilter()) {
            ct.addNewAutoFilter();
        }
        ct.getAutoFilter().setRef(ct.getRef());
        table.setStyleName("TableStyleMedium2");
        XSSFTableStyleInfo style = (XSSFTableStyleInfo) table.getStyle();
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        return table;
    }

    /** Excel requires a table's column names to be unique ignoring case. */
    private List<String> uniqueHeaders() {
        Set<String> seen = new HashSet<>();
        List<String> headers = new ArrayList<>();
        for (Column<T> column : columns) {
            String header = column.header();
            for (int n = 2; !seen.add(header.toLowerCase(Locale.ROOT)); n++) {
                header = column.header() + " " + n;
            }
            headers.add(header);
        }
        return headers;
    }
}
