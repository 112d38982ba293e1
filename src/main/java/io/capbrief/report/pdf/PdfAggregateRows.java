package io.capbrief.report.pdf;

import java.util.List;
import java.util.function.Function;

import io.capbrief.report.Briefing.AggregateRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.DisplayFormat;
import io.capbrief.report.NotSignificant;

/** Table rows of aggregates for the PDF: one per index or per Russell 2000 sector, figures picked by figures.json name. */
final class PdfAggregateRows {

    private PdfAggregateRows() {}

    static List<AggregateRow> indices(Briefing b) {
        return b.valuation().aggregates().stream().filter(a -> a.sector() == null).toList();
    }

    static List<AggregateRow> sectors(Briefing b) {
        return b.valuation().aggregates().stream().filter(a -> a.sector() != null).toList();
    }

    /** A cell formatter for the aggregate of this name. */
    static Function<AggregateRow, String> multiple(String figure) {
        return a -> NotSignificant.display(a, figure, DisplayFormat::multiple);
    }

    static Function<AggregateRow, String> percent(String figure) {
        return a -> NotSignificant.display(a, figure, DisplayFormat::percent);
    }

    static PdfTableRow row(String label, AggregateRow a, List<Function<AggregateRow, String>> cells) {
        return new PdfTableRow(label, cells.stream().map(c -> c.apply(a)).toList());
    }
}
