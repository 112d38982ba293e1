package io.capbrief.report.workbook;

import java.util.List;
import java.util.Objects;

import io.capbrief.report.Briefing.IndexSummary;
import io.capbrief.report.Briefing;
import io.capbrief.report.MaturityBucket;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The Leverage sheet's debt profile (issue 13): tables {@code MaturityWall} with its chart, and {@code DebtCost}. */
final class LeverageDebtProfile {

    /** A figure of the {@code DebtCost} table: its figures.json name and its column header. */
    private record CostFigure(String name, String header) {}

    private static final List<CostFigure> COST_FIGURES = List.of(
            new CostFigure("effective_rate", "Effective interest rate"),
            new CostFigure("eps_revision.13w", "EPS revision 13w"),
            new CostFigure("eps_revision_up.13w", "Revised up 13w"),
            new CostFigure("eps_revision_down.13w", "Revised down 13w"));

    private static final int CHART_COLUMNS = 8;
    private static final int CHART_ROWS = 18;

    private LeverageDebtProfile() {}

    /** Writes both tables from {@code titleRow} down and the chart below them; returns the row after the chart. */
    static int write(XSSFSheet sheet, int titleRow, Briefing briefing, WorkbookStyles styles) {
        List<IndexSummary> indices = briefing.indices();
        WorkbookTable<MaturityBucket> wall = new WorkbookTable<MaturityBucket>("MaturityWall")
                .column("Maturity", WorkbookFormat.TEXT, MaturityBucket::label);
        for (IndexSummary index : indices) {
            String code = index.code();
            wall.column(index.label() + " share", WorkbookFormat.PERCENT, b -> briefing.figure(code + ".maturity." + b.name()))
                    .column(index.label() + " $m", WorkbookFormat.MILLIONS,
                            b -> CompanyColumns.millions(briefing.figure(code + ".maturity_usd." + b.name())))
                    .column(index.label() + " coverage", WorkbookFormat.PERCENT,
                            b -> briefing.figure(code + ".coverage.maturity." + b.name()));
        }
        int wallTitle = titleRow;
        int row = LeverageSheet.block(sheet, wallTitle, "Maturity wall of non-financials: share of total debt and USD due",
                wall, MaturityBucket.ALL, styles);

        WorkbookTable<IndexSummary> cost = new WorkbookTable<IndexSummary>("DebtCost")
                .column("Index", WorkbookFormat.TEXT, IndexSummary::label);
        for (CostFigure figure : COST_FIGURES) {
            cost.column(figure.header(), WorkbookFormat.PERCENT, i -> briefing.figure(i.code() + "." + figure.name()))
                    .column(figure.header() + " coverage", WorkbookFormat.PERCENT,
                            i -> briefing.figure(i.code() + ".coverage." + figure.name()));
        }
        row = LeverageSheet.block(sheet, row, "Effective interest rate and 13-week forward EPS revision", cost, indices, styles);

        // an index with no maturity schedule at all would only add an empty legend entry
        List<WorkbookBarChart.Bars> bars = indices.stream()
                .filter(i -> MaturityBucket.ALL.stream().map(b -> briefing.figure(i.code() + ".maturity." + b.name())).anyMatch(Objects::nonNull))
                .map(i -> new WorkbookBarChart.Bars(i.label(), wall.indexOf(i.label() + " share"), i.code()))
                .toList();
        if (bars.isEmpty()) {
            return row;
        }
        int firstBucketRow = wallTitle + 2;
        WorkbookBarChart.draw(sheet, "Maturity wall: share of total debt due", "Share of total debt", "0%", firstBucketRow,
                firstBucketRow + MaturityBucket.ALL.size() - 1, 0, bars, new WorkbookBarChart.Anchor(0, row, CHART_COLUMNS, CHART_ROWS));
        return row + CHART_ROWS + 1;
    }
}
