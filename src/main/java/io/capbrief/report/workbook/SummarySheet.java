package io.capbrief.report.workbook;

import static io.capbrief.report.workbook.WorkbookFormat.BASIS_POINTS;
import static io.capbrief.report.workbook.WorkbookFormat.DATE;
import static io.capbrief.report.workbook.WorkbookFormat.LEVEL;
import static io.capbrief.report.workbook.WorkbookFormat.MULTIPLE;
import static io.capbrief.report.workbook.WorkbookFormat.PERCENT;
import static io.capbrief.report.workbook.WorkbookFormat.TEXT;
import static io.capbrief.report.workbook.WorkbookFormat.YIELD;

import io.capbrief.model.EventSpec;
import io.capbrief.report.Briefing.IndexSummary;
import io.capbrief.report.Briefing.RateSummary;
import io.capbrief.report.Briefing;
import io.capbrief.report.KeyFigures;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The key figures of the PDF's first page as numbers: the {@code KeyFigures} and {@code Rates} tables,
 * under the sample note when the briefing is made from the bundled sample.
 */
final class SummarySheet implements WorkbookSheet {

    static final int KEY_FIGURES_HEADER_ROW = 4;
    /** The row between the heading and the key figures, where a briefing on the bundled sample says so. */
    static final int SAMPLE_ROW = 3;

    @Override
    public String name() {
        return "Summary";
    }

    @Override
    public void fill(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        WorkbookHeading.write(sheet, briefing, styles);
        if (briefing.sample()) {
            // not fitted: the note runs over the empty cells to its right rather than widening the index column
            Cell note = WorkbookCells.row(sheet, SAMPLE_ROW).createCell(0);
            note.setCellValue(Briefing.SAMPLE_NOTE);
            note.setCellStyle(styles.label());
        }

        WorkbookTable<IndexSummary> keyFigures = new WorkbookTable<IndexSummary>("KeyFigures")
                .column("Index", TEXT, IndexSummary::label);
        for (KeyFigures.Column column : KeyFigures.all(briefing.events())) {
            keyFigures.column(column.header(), format(column.kind()), column.value());
        }
        keyFigures.write(sheet, KEY_FIGURES_HEADER_ROW, 0, briefing.indices(), styles);

        WorkbookTable<RateSummary> rates = new WorkbookTable<RateSummary>("Rates")
                .column("Series", TEXT, RateSummary::series)
                .column("Label", TEXT, RateSummary::label)
                .column("As of", DATE, RateSummary::asOf)
                .column("Level", YIELD, RateSummary::level)
                .column("1-week change bp", BASIS_POINTS, RateSummary::change1wBp)
                .column("YTD change bp", BASIS_POINTS, RateSummary::changeYtdBp);
        for (EventSpec event : briefing.events()) {
            rates.column("Since " + event.label() + " change bp", BASIS_POINTS,
                    rate -> rate.eventChangesBp().get(event.id()));
        }
        int ratesHeaderRow = KEY_FIGURES_HEADER_ROW + Math.max(1, briefing.indices().size()) + 2;
        rates.write(sheet, ratesHeaderRow, 0, briefing.rates(), styles);

        // the index names stay in view when scrolling right through the event columns
        sheet.createFreezePane(1, KEY_FIGURES_HEADER_ROW + 1);
    }

    private static WorkbookFormat format(KeyFigures.Kind kind) {
        return switch (kind) {
            case LEVEL -> LEVEL;
            case DATE -> DATE;
            case RETURN -> PERCENT;
            case MULTIPLE -> MULTIPLE;
        };
    }
}
