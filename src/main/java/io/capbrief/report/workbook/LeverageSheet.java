package io.capbrief.report.workbook;

import java.util.List;
import java.util.function.Function;

import io.capbrief.report.AggregateFigures.Figure;
import io.capbrief.report.AggregateFigures;
import io.capbrief.report.Briefing.AggregateRow;
import io.capbrief.report.NotSignificant;
import io.capbrief.report.Briefing;
import io.capbrief.report.LeverageBuckets.Bucket;
import io.capbrief.report.LeverageBuckets;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Aggregates by index, each with its weight coverage (table {@code IndexAggregates}); how each index's
 * non-financials spread over interest-coverage and net debt / EBITDA ranges ({@code CoverageBuckets},
 * {@code NetDebtEbitdaBuckets}); the Russell 2000 sectors ({@code SectorAggregates}); and the debt profile
 * of {@link LeverageDebtProfile}. Stacked, each under a bold title.
 */
final class LeverageSheet implements WorkbookSheet {

    @Override
    public String name() {
        return "Leverage";
    }

    @Override
    public void fill(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        List<AggregateRow> indices = briefing.valuation().aggregates().stream().filter(a -> a.sector() == null).toList();
        List<AggregateRow> sectors = briefing.valuation().aggregates().stream().filter(a -> a.sector() != null).toList();

        WorkbookTable<AggregateRow> byIndex = new WorkbookTable<AggregateRow>("IndexAggregates")
                .column("Index", WorkbookFormat.TEXT, AggregateRow::indexLabel);
        for (Figure figure : AggregateFigures.ALL) {
            byIndex.column(figure.header(), format(figure), a -> NotSignificant.cell(a, figure.name()))
                    .column(figure.header() + " coverage", WorkbookFormat.PERCENT, a -> a.coverage().get(figure.name()));
        }
        int row = block(sheet, 0, "By index: each aggregate with its weight coverage", byIndex, indices, styles);

        row = block(sheet, row, "Interest coverage (EBIT / interest expense) of non-financials: companies per range",
                buckets("CoverageBuckets", indices, index -> briefing.valuation().leverage(index).interestCoverage()),
                LeverageBuckets.INTEREST_COVERAGE_LABELS, styles);
        row = block(sheet, row, "Net debt / EBITDA of non-financials: companies per range",
                buckets("NetDebtEbitdaBuckets", indices, index -> briefing.valuation().leverage(index).netDebtToEbitda()),
                LeverageBuckets.NET_DEBT_TO_EBITDA_LABELS, styles);

        WorkbookTable<AggregateRow> bySector = new WorkbookTable<AggregateRow>("SectorAggregates")
                .column("Sector", WorkbookFormat.TEXT, AggregateRow::sector)
                .column("Weight", WorkbookFormat.PERCENT, AggregateRow::weight);
        for (Figure figure : AggregateFigures.ALL) {
            bySector.column(figure.header(), format(figure), a -> NotSignificant.cell(a, figure.name()));
        }
        row = block(sheet, row, "Russell 2000 sectors", bySector, sectors, styles);

        // below every earlier table, so their cell ranges stay where PMs' lookups find them
        LeverageDebtProfile.write(sheet, row, briefing, styles);

        // the index, bucket or sector names stay in view when scrolling right through the figures
        sheet.createFreezePane(1, 0);
    }

    /** A bucket table: one row per range, a count and a share column per index. */
    private static WorkbookTable<String> buckets(String name, List<AggregateRow> indices,
            Function<String, List<Bucket>> distribution) {
        WorkbookTable<String> table = new WorkbookTable<String>(name).column("Range", WorkbookFormat.TEXT, label -> label);
        for (AggregateRow index : indices) {
            List<Bucket> buckets = distribution.apply(index.index());
            table.column(index.indexLabel() + " companies", WorkbookFormat.INTEGER, label -> bucket(buckets, label).count())
                    .column(index.indexLabel() + " share", WorkbookFormat.PERCENT, label -> bucket(buckets, label).share());
        }
        return table;
    }

    private static Bucket bucket(List<Bucket> buckets, String label) {
        return buckets.stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow();
    }

    /** The title, the table under it, and the row the next block starts at (one blank row between). */
    static <T> int block(XSSFSheet sheet, int titleRow, String title, WorkbookTable<T> table, List<T> items,
            WorkbookStyles styles) {
        XSSFRow titleCells = WorkbookCells.row(sheet, titleRow);
        titleCells.createCell(0).setCellValue(title);
        titleCells.getCell(0).setCellStyle(styles.label());
        table.write(sheet, titleRow + 1, 0, items, styles);
        return titleRow + 1 + Math.max(1, items.size()) + 2;
    }

    private static WorkbookFormat format(Figure figure) {
        return figure.share() ? WorkbookFormat.PERCENT : WorkbookFormat.MULTIPLE;
    }
}
