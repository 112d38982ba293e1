package io.capbrief.report.workbook;

import static io.capbrief.report.workbook.WorkbookFormat.AMOUNT;
import static io.capbrief.report.workbook.WorkbookFormat.DATE;
import static io.capbrief.report.workbook.WorkbookFormat.TEXT;

import java.util.List;

import io.capbrief.report.Briefing;
import io.capbrief.report.Briefing.LineageRow;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Every company's fundamentals with the facts behind them (table {@code Lineage}): the concept, the
 * period, the value, the filing's form, accession number and date, the rule that combined them, and a
 * link to the filing on EDGAR. Streamed like the Companies sheet: a dozen and more rows per company.
 */
final class LineageSheet implements WorkbookSheet {

    static final String LINK = "EDGAR filing";

    /** Values are as filed, in dollars or shares: the number a reader finds in the filing's XBRL. */
    private static final WorkbookTable<LineageRow> TABLE = new WorkbookTable<LineageRow>("Lineage")
            .column("Ticker", TEXT, LineageRow::ticker)
            .column("CIK", TEXT, LineageRow::cik)
            .column("Fundamental", TEXT, LineageRow::fundamental)
            .column("Value", AMOUNT, LineageRow::value)
            .column("Unit", TEXT, LineageRow::unit)
            .column("Rule", TEXT, LineageRow::rule)
            .column("Concept", TEXT, LineageRow::concept)
            .column("Period start", DATE, LineageRow::start)
            .column("Period end", DATE, LineageRow::end)
            .column("Fact value", AMOUNT, LineageRow::factValue)
            .column("Form", TEXT, LineageRow::form)
            .column("Accession", TEXT, LineageRow::accn)
            .column("Filed", DATE, LineageRow::filed)
            .column(LINK, TEXT, LineageRow::filingIndex);

    @Override
    public String name() {
        return "Lineage";
    }

    @Override
    public void fill(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        TABLE.declare(sheet, 0, 0, briefing.valuation().lineage().size(), styles);
        // the company and the field stay in view while a reader scrolls to the facts; widths are set
        // here rather than measured, as the rows are streamed after
        sheet.createFreezePane(3, 1);
        sheet.setColumnWidth(0, 9 * 256);
        sheet.setColumnWidth(1, 12 * 256);
        sheet.setColumnWidth(2, 22 * 256);
        sheet.setColumnWidth(TABLE.indexOf("Rule"), 42 * 256);
        sheet.setColumnWidth(TABLE.indexOf("Concept"), 52 * 256);
        sheet.setColumnWidth(TABLE.indexOf("Accession"), 22 * 256);
        sheet.setColumnWidth(TABLE.indexOf(LINK), 62 * 256);
    }

    @Override
    public void stream(SXSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        List<LineageRow> rows = briefing.valuation().lineage();
        CreationHelper links = sheet.getWorkbook().getCreationHelper();
        int link = TABLE.indexOf(LINK);
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(1 + i);
            TABLE.writeRow(row, 0, rows.get(i), styles);
            String url = rows.get(i).filingIndex();
            if (url != null) {
                Cell cell = row.getCell(link);
                Hyperlink hyperlink = links.createHyperlink(HyperlinkType.URL);
                hyperlink.setAddress(url);
                cell.setHyperlink(hyperlink);
                cell.setCellStyle(styles.link());
            }
        }
    }
}
