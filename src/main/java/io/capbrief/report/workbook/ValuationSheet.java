package io.capbrief.report.workbook;

import static io.capbrief.report.workbook.WorkbookFormat.DATE;
import static io.capbrief.report.workbook.WorkbookFormat.INTEGER;
import static io.capbrief.report.workbook.WorkbookFormat.MULTIPLE;
import static io.capbrief.report.workbook.WorkbookFormat.PERCENT;
import static io.capbrief.report.workbook.WorkbookFormat.TEXT;
import static io.capbrief.report.workbook.WorkbookFormat.Z_SCORE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.capbrief.model.IndexCode;
import io.capbrief.report.Briefing.HistoryRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.HistoryDisplay;

import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The history points of METRICS.md section 8, one row each and one column a figure per index (table
 * {@code ValuationHistory}), each figure's statistics to the right of it (table {@code ValuationStatistics}) and
 * below those a line chart of the two forward P/Es.
 */
final class ValuationSheet implements WorkbookSheet {

    /** The columns the sheet had before the ten-year history, first and in their order, so a PM's links still find them. */
    static final List<String> FIRST_COLUMNS = List.of("RUSSELL_2000.fwd_pe", "SP_500.fwd_pe", HistoryDisplay.RELATIVE,
            "RUSSELL_2000.fwd_pe_ex_neg", "SP_500.fwd_pe_ex_neg", "RUSSELL_2000.fwd_pe_median", "SP_500.fwd_pe_median",
            "RUSSELL_2000.pct_unprofitable", "SP_500.pct_unprofitable");

    /** One history figure of the sheet: its figures.json name, whose figure it is, and how it reads. */
    record Series(String name, String index, HistoryDisplay.Figure figure) {

        String header() {
            String label = figure.label();
            return index + " " + Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }

        WorkbookFormat format() {
            return figure.share() ? PERCENT : MULTIPLE;
        }
    }

    /** A figure's statistics row; {@code range} is null when no point of the past ten years has the figure. */
    private record Statistics(Series series, Double now, Double avg5y, Double avg10y, Double z10y, Double percentile,
            HistoryDisplay.Range range) {}

    @Override
    public String name() {
        return "Valuation";
    }

    @Override
    public void fill(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        List<HistoryRow> history = briefing.valuation().history();
        List<Series> series = series();
        WorkbookTable<HistoryRow> table = new WorkbookTable<HistoryRow>("ValuationHistory").column("Week", DATE, HistoryRow::week);
        series.forEach(s -> table.column(s.header(), s.format(), row -> row.figures().get(s.name())));
        table.write(sheet, 0, 0, history, styles);
        sheet.createFreezePane(1, 1);

        int statisticsColumn = table.columnCount() + 1;
        List<Statistics> statistics = series.stream().map(s -> statistics(briefing, s)).toList();
        statisticsTable().write(sheet, 0, statisticsColumn, statistics, styles);

        if (!history.isEmpty()) {
            XSSFChart chart = WorkbookLineChart.draw(sheet, "Forward P/E at each month-end",
                    new WorkbookLineChart.Axes("Month-end", "mmm yyyy", "Forward P/E", "0\"x\""), 1, history.size(), 0,
                    List.of(new WorkbookLineChart.Line("Russell 2000", 1, "RUSSELL_2000"),
                            new WorkbookLineChart.Line("S&P 500", 2, "SP_500")),
                    statisticsColumn, statistics.size() + 3);
            WorkbookLineChart.yearTicks(chart);
        }
    }

    /** {@link #FIRST_COLUMNS}, then every other history figure of every index, index by index. */
    static List<Series> series() {
        List<Series> all = new ArrayList<>();
        FIRST_COLUMNS.forEach(name -> all.add(of(name)));
        for (String index : HistoryDisplay.INDICES) {
            for (HistoryDisplay.Figure figure : HistoryDisplay.PER_INDEX) {
                String name = index + "." + figure.name();
                if (!FIRST_COLUMNS.contains(name)) {
                    all.add(of(name));
                }
            }
        }
        return all;
    }

    private static Series of(String name) {
        if (name.equals(HistoryDisplay.RELATIVE)) {
            return new Series(name, "Relative", HistoryDisplay.figure("fwd_pe"));
        }
        int dot = name.indexOf('.');
        return new Series(name, IndexCode.valueOf(name.substring(0, dot)).label(), HistoryDisplay.figure(name.substring(dot + 1)));
    }

    private static WorkbookTable<Statistics> statisticsTable() {
        return new WorkbookTable<Statistics>("ValuationStatistics")
                .column("Figure", TEXT, s -> s.series().name())
                .column("Index", TEXT, s -> s.series().index())
                .column("Measure", TEXT, s -> s.series().figure().label())
                .column("Now", MULTIPLE, s -> s.series().format(), Statistics::now)
                .column("5-year average", MULTIPLE, s -> s.series().format(), Statistics::avg5y)
                .column("10-year average", MULTIPLE, s -> s.series().format(), Statistics::avg10y)
                .column("10-year z-score", Z_SCORE, Statistics::z10y)
                .column("History percentile", INTEGER, Statistics::percentile)
                .column("10-year low", MULTIPLE, s -> s.series().format(), s -> s.range() == null ? null : s.range().min())
                .column("10-year high", MULTIPLE, s -> s.series().format(), s -> s.range() == null ? null : s.range().max());
    }

    /** The week's value is its own history point's, the statistics those of figures.json. */
    private static Statistics statistics(Briefing b, Series s) {
        Map<String, Double> week = b.valuation().history().stream().filter(row -> row.week().equals(b.week()))
                .map(HistoryRow::figures).findFirst().orElse(Map.of());
        return new Statistics(s, week.get(s.name()),
                b.figure(HistoryDisplay.statistic(s.name(), HistoryDisplay.AVG_5Y)),
                b.figure(HistoryDisplay.statistic(s.name(), HistoryDisplay.AVG_10Y)),
                b.figure(HistoryDisplay.statistic(s.name(), HistoryDisplay.Z_10Y)),
                b.figure(HistoryDisplay.statistic(s.name(), HistoryDisplay.HISTORY_PCT)),
                HistoryDisplay.range(b.valuation().history(), s.name(), b.week(), 10));
    }
}
