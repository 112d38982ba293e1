package io.capbrief.report.workbook;

import static io.capbrief.report.workbook.WorkbookFormat.DATE;
import static io.capbrief.report.workbook.WorkbookFormat.MULTIPLE;
import static io.capbrief.report.workbook.WorkbookFormat.PERCENT;

import java.util.List;
import java.util.function.Function;

import io.capbrief.report.Briefing.HistoryRow;
import io.capbrief.report.Briefing;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The weekly aggregates history, one row a week (table {@code ValuationHistory}), with a line chart of forward P/E. */
final class ValuationSheet implements WorkbookSheet {

    @Override
    public String name() {
        return "Valuation";
    }

    @Override
    public void fill(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        List<HistoryRow> history = briefing.valuation().history();
        WorkbookTable<HistoryRow> table = new WorkbookTable<HistoryRow>("ValuationHistory")
                .column("Week", DATE, HistoryRow::week)
                .column("Russell 2000 forward P/E", MULTIPLE, figure("RUSSELL_2000.fwd_pe"))
                .column("S&P 500 forward P/E", MULTIPLE, figure("SP_500.fwd_pe"))
                .column("Relative forward P/E", MULTIPLE, figure("RELATIVE.fwd_pe"))
                .column("Russell 2000 forward P/E ex-negative", MULTIPLE, figure("RUSSELL_2000.fwd_pe_ex_neg"))
                .column("S&P 500 forward P/E ex-negative", MULTIPLE, figure("SP_500.fwd_pe_ex_neg"))
                .column("Russell 2000 median forward P/E", MULTIPLE, figure("RUSSELL_2000.fwd_pe_median"))
                .column("S&P 500 median forward P/E", MULTIPLE, figure("SP_500.fwd_pe_median"))
                .column("Russell 2000 % unprofitable", PERCENT, figure("RUSSELL_2000.pct_unprofitable"))
                .column("S&P 500 % unprofitable", PERCENT, figure("SP_500.pct_unprofitable"));
        table.write(sheet, 0, 0, history, styles);
        sheet.createFreezePane(1, 1);

        if (!history.isEmpty()) {
            WorkbookLineChart.draw(sheet, "Forward P/E",
                    new WorkbookLineChart.Axes("Week", "mmm yyyy", "Forward P/E", "0\"x\""), 1, history.size(), 0,
                    List.of(new WorkbookLineChart.Line("Russell 2000", 1, "RUSSELL_2000"),
                            new WorkbookLineChart.Line("S&P 500", 2, "SP_500")),
                    table.columnCount() + 1);
        }
    }

    private static Function<HistoryRow, Double> figure(String name) {
        return row -> row.figures().get(name);
    }
}
