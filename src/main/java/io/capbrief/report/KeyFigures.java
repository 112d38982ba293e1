package io.capbrief.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.capbrief.metrics.IndexPerformance;
import io.capbrief.model.EventSpec;
import io.capbrief.report.Briefing.IndexSummary;
import io.capbrief.report.Briefing.RateSummary;

/**
 * The key-figures tables of every renderer: the PDF's first page and the email print the headline columns,
 * the workbook's Summary sheet holds all of them as numbers. One list, so the three cannot drift apart.
 */
public final class KeyFigures {

    /** What a column holds, which decides how it is printed or formatted. */
    public enum Kind { LEVEL, DATE, RETURN, MULTIPLE }

    /** One column of the index table: its header, its kind, and the figure it takes from an index's summary. */
    public record Column(String header, Kind kind, Function<IndexSummary, Object> value) {

        /** The figure as the PDF and the email print it; an empty figure is an en dash. */
        public String display(IndexSummary index) {
            Object v = value.apply(index);
            return switch (kind) {
                case LEVEL -> DisplayFormat.level((Double) v);
                case DATE -> DisplayFormat.date((LocalDate) v);
                case RETURN -> DisplayFormat.signedPercent((Double) v);
                case MULTIPLE -> v instanceof String text ? text : DisplayFormat.multiple((Double) v);
            };
        }
    }

    /** The header of the rate table's figures, after the rate's label. */
    public static final List<String> RATE_COLUMNS = List.of("Level", "1 week", "YTD");

    private KeyFigures() {}

    /** The PDF's and the email's columns after the index's label. */
    public static List<Column> headline(List<EventSpec> events) {
        List<Column> columns = new ArrayList<>(List.of(
                performance("Close", Kind.LEVEL, IndexPerformance::close),
                performance("1 week", Kind.RETURN, IndexPerformance::return1w)));
        events.forEach(e -> columns.add(sinceEvent("Since " + e.label(), e)));
        columns.add(performance("YTD", Kind.RETURN, IndexPerformance::returnYtd));
        columns.add(performance("Off record high", Kind.RETURN, IndexPerformance::offHigh));
        columns.add(new Column("Fwd P/E", Kind.MULTIPLE, IndexSummary::forwardPeShown));
        return columns;
    }

    /** The workbook's columns after the index's label: every figure of an index's summary. */
    public static List<Column> all(List<EventSpec> events) {
        List<Column> columns = new ArrayList<>(List.of(
                performance("Close", Kind.LEVEL, IndexPerformance::close),
                performance("Close date", Kind.DATE, IndexPerformance::closeDate),
                performance("1-week", Kind.RETURN, IndexPerformance::return1w),
                performance("MTD", Kind.RETURN, IndexPerformance::returnMtd),
                performance("QTD", Kind.RETURN, IndexPerformance::returnQtd),
                performance("YTD", Kind.RETURN, IndexPerformance::returnYtd)));
        events.forEach(e -> columns.add(sinceEvent("Since " + e.label(), e)));
        columns.addAll(List.of(
                performance("Off record high", Kind.RETURN, IndexPerformance::offHigh),
                performance("Record high date", Kind.DATE, IndexPerformance::highDate),
                performance("52w high", Kind.LEVEL, IndexPerformance::high52w),
                performance("52w low", Kind.LEVEL, IndexPerformance::low52w),
                new Column("Forward P/E", Kind.MULTIPLE, IndexSummary::forwardPeShown)));
        return columns;
    }

    /** The headline figures of one index as printed, without its label. */
    public static List<String> headlineCells(Briefing b, IndexSummary index) {
        return headline(b.events()).stream().map(c -> c.display(index)).toList();
    }

    /** A rate's figures as printed, without its label. */
    public static List<String> rateCells(RateSummary r) {
        return List.of(DisplayFormat.yield(r.level()), DisplayFormat.basisPoints(r.change1wBp()),
                DisplayFormat.basisPoints(r.changeYtdBp()));
    }

    private static Column performance(String header, Kind kind, Function<IndexPerformance, Object> figure) {
        return new Column(header, kind, i -> figure.apply(i.performance()));
    }

    private static Column sinceEvent(String header, EventSpec event) {
        return performance(header, Kind.RETURN, p -> p.eventReturns().get(event.id()));
    }
}
