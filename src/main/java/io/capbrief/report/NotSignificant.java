package io.capbrief.report;

import java.util.Map;
import java.util.function.Function;

import io.capbrief.metrics.fundamentals.Aggregate;
import io.capbrief.metrics.fundamentals.IndexAggregates;
import io.capbrief.report.Briefing.AggregateRow;

/**
 * How an aggregate under the coverage floor reads (METRICS.md section 9): never as a number, but "n.s." with the
 * share of the index it was computed on, so that nothing computed on a handful of companies passes for an index figure.
 */
public final class NotSignificant {

    private NotSignificant() {}

    /** "n.s. 12%": short enough for a table cell, the coverage beside the mark. */
    public static String text(Double coverage) {
        return Aggregate.NOT_SIGNIFICANT + " " + (coverage == null ? DisplayFormat.EMPTY : Math.round(100 * coverage) + "%");
    }

    /** "n.s. (computed on 12.0% of the index's weight)", for a sentence. */
    public static String sentence(Double coverage) {
        return Aggregate.NOT_SIGNIFICANT + " (computed on " + DisplayFormat.percent(coverage) + " of the index's weight)";
    }

    /** Whether the figure of the row is under the coverage floor. */
    public static boolean of(AggregateRow row, String figure) {
        String reason = row.reasons().get(figure);
        return reason != null && reason.startsWith(Aggregate.NOT_SIGNIFICANT);
    }

    /** Whether a figure of a figures.json map ("RUSSELL_2000.fwd_pe") is under the coverage floor. */
    public static boolean of(Map<String, Double> figures, String name) {
        return figures.get(name + IndexAggregates.LOW_COVERAGE) != null;
    }

    /** The coverage of a figures.json aggregate under the floor ("RUSSELL_2000.coverage.fwd_pe"), null when it is not under it. */
    public static Double lowCoverage(Map<String, Double> figures, String name) {
        int dot = name.indexOf('.');
        return of(figures, name) ? figures.get(name.substring(0, dot) + ".coverage" + name.substring(dot)) : null;
    }

    /** The row's figure as printed: "n.s. 12%" under the floor, otherwise as the format prints it. */
    public static String display(AggregateRow row, String figure, Function<Double, String> format) {
        return of(row, figure) ? text(row.coverage().get(figure)) : format.apply(row.values().get(figure));
    }

    /** The row's figure for a workbook cell: the number, or under the floor the text "n.s. 12%". */
    public static Object cell(AggregateRow row, String figure) {
        return of(row, figure) ? text(row.coverage().get(figure)) : row.values().get(figure);
    }

    /** A figures.json aggregate as printed. */
    public static String display(Briefing briefing, String name, Function<Double, String> format) {
        return of(briefing.figures(), name) ? text(lowCoverage(briefing.figures(), name)) : format.apply(briefing.figure(name));
    }
}
