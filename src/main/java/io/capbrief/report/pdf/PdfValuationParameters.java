package io.capbrief.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.capbrief.report.Briefing.AggregateRow;
import io.capbrief.report.Briefing.HistoryRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.DisplayFormat;
import io.capbrief.report.NotSignificant;
import io.capbrief.report.HistoryDisplay;

import net.sf.jasperreports.charts.renderers.JCommonDrawableRendererImpl;

/**
 * The valuation page's parameters: the ten-year forward P/E chart, the relative P/E chart, each valuation figure now
 * against its 5- and 10-year averages (Russell 2000 beside S&P 500), and the 13-week EPS revision.
 */
final class PdfValuationParameters {

    /** The columns of each index's group in the history table. */
    static final List<String> STATISTIC_COLUMNS = List.of("Now", "5-year avg", "10-year avg", "z-score", "%ile");

    /** The rows of the history table: the valuation figures of METRICS.md section 8, the relative P/E last. */
    static final List<String> VALUATION_FIGURES = List.of("fwd_pe", "fwd_pe_ex_neg", "fwd_pe_median", "pct_unprofitable",
            "pct_unprofitable_weight");

    static final List<String> EPS_REVISION_COLUMNS = List.of("Fwd EPS revision", "Revised up", "Revised down");

    private PdfValuationParameters() {}

    static void put(Briefing b, Map<String, Object> p) {
        p.put("VALUATION_CHART", new JCommonDrawableRendererImpl(ChartForwardPeHistory.create(b)));
        p.put("RELATIVE_CHART", new JCommonDrawableRendererImpl(ChartRelativePeHistory.create(b)));
        p.put("VALUATION_HISTORY_NOTE", historyNote(ChartHistoryPlot.window(b)));
        p.put("VALUATION_LEAD", String.join("\n", ChartForwardPeHistory.INDICES.stream()
                .map(index -> againstAverages(b, index[0], index[1])).toList()));
        p.put("RELATIVE_PE", relative(b));
        p.put("HISTORY_GROUPS", ChartForwardPeHistory.INDICES.stream().map(index -> index[1]).toList());
        List<String> columns = new ArrayList<>(STATISTIC_COLUMNS);
        columns.addAll(STATISTIC_COLUMNS);
        p.put("HISTORY_COLUMNS", columns);
        p.put("HISTORY_ROWS", historyRows(b));
        p.put("EPS_REVISION_COLUMNS", EPS_REVISION_COLUMNS);
        p.put("EPS_REVISION_ROWS", PdfAggregateRows.indices(b).stream().map(a -> epsRevision(b, a)).toList());
    }

    /** FactSet's way of putting it: "Russell 2000: forward P/E 27.9x against a 5-year average of 22.5x and ...". */
    static String againstAverages(Briefing b, String index, String label) {
        String figure = index + ".fwd_pe";
        Double avg5y = b.figure(HistoryDisplay.statistic(figure, HistoryDisplay.AVG_5Y));
        Double avg10y = b.figure(HistoryDisplay.statistic(figure, HistoryDisplay.AVG_10Y));
        Optional<AggregateRow> row = row(b, index);
        String now = label + ": forward P/E " + row.filter(a -> NotSignificant.of(a, "fwd_pe"))
                .map(a -> NotSignificant.sentence(a.coverage().get("fwd_pe")))
                .orElse(DisplayFormat.multiple(row.map(a -> a.values().get("fwd_pe")).orElse(null)));
        if (avg5y == null && avg10y == null) {
            return now + "; too little history yet for its 5- and 10-year averages.";
        }
        List<String> averages = new ArrayList<>();
        if (avg5y != null) {
            averages.add("a 5-year average of " + DisplayFormat.multiple(avg5y));
        }
        if (avg10y != null) {
            averages.add("a 10-year average of " + DisplayFormat.multiple(avg10y));
        }
        // an average the 80% rule leaves empty is said to be missing, not printed as a dash mid-sentence
        String missing = avg10y == null ? "; too little history yet for a 10-year average"
                : avg5y == null ? "; too few recent month-ends for a 5-year average" : "";
        return now + " against " + String.join(" and ", averages) + rank(b, figure) + missing + ".";
    }

    private static String relative(Briefing b) {
        Double avg10y = b.figure(HistoryDisplay.statistic(HistoryDisplay.RELATIVE, HistoryDisplay.AVG_10Y));
        return "Relative forward P/E (Russell 2000 / S&P 500): " + DisplayFormat.multiple(b.figure(HistoryDisplay.RELATIVE))
                + (avg10y == null ? "" : " against a 10-year average of " + DisplayFormat.multiple(avg10y))
                + rank(b, HistoryDisplay.RELATIVE) + ".";
    }

    /** " (z-score +3.60, 100th percentile)", as much of it as is known. */
    private static String rank(Briefing b, String figure) {
        Double z = b.figure(HistoryDisplay.statistic(figure, HistoryDisplay.Z_10Y));
        Double percentile = b.figure(HistoryDisplay.statistic(figure, HistoryDisplay.HISTORY_PCT));
        List<String> parts = new ArrayList<>();
        if (z != null) {
            // a no-break hyphen and space and a minus sign: a line never breaks inside "z-score -0.91"
            parts.add("z\u2011score\u00A0" + DisplayFormat.zScore(z).replace('-', '\u2212'));
        }
        if (percentile != null) {
            parts.add(DisplayFormat.percentile(percentile) + " percentile");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /** One row a valuation figure: each index's now, averages, z-score and percentile; the relative fills the first group. */
    static List<PdfTableRow> historyRows(Briefing b) {
        List<PdfTableRow> rows = new ArrayList<>();
        for (String name : VALUATION_FIGURES) {
            HistoryDisplay.Figure figure = HistoryDisplay.figure(name);
            List<String> cells = new ArrayList<>();
            for (String[] index : ChartForwardPeHistory.INDICES) {
                cells.addAll(statistics(b, index[0] + "." + name, figure, nowShown(b, index[0], name, figure::display)));
            }
            rows.add(new PdfTableRow(figure.label(), cells));
        }
        List<String> relative = new ArrayList<>(statistics(b, HistoryDisplay.RELATIVE, HistoryDisplay.figure("fwd_pe"),
                HistoryDisplay.figure("fwd_pe").display(b.figure(HistoryDisplay.RELATIVE))));
        // one figure for the pair: the S&P 500's group stays blank rather than showing dashes for figures that do not exist
        STATISTIC_COLUMNS.forEach(c -> relative.add(""));
        rows.add(new PdfTableRow("Relative forward P/E", relative));
        return rows;
    }

    private static List<String> statistics(Briefing b, String name, HistoryDisplay.Figure figure, String now) {
        return List.of(now,
                figure.display(b.figure(HistoryDisplay.statistic(name, HistoryDisplay.AVG_5Y))),
                figure.display(b.figure(HistoryDisplay.statistic(name, HistoryDisplay.AVG_10Y))),
                DisplayFormat.zScore(b.figure(HistoryDisplay.statistic(name, HistoryDisplay.Z_10Y))),
                DisplayFormat.percentile(b.figure(HistoryDisplay.statistic(name, HistoryDisplay.HISTORY_PCT))));
    }

    /** The week's aggregate of the index as printed: "n.s. 12%" under the coverage floor. */
    private static String nowShown(Briefing b, String index, String figure, Function<Double, String> format) {
        return row(b, index).map(a -> NotSignificant.display(a, figure, format)).orElse(format.apply(null));
    }

    /** The index's valuation row, if the week has one. */
    private static Optional<AggregateRow> row(Briefing b, String index) {
        return PdfAggregateRows.indices(b).stream().filter(a -> a.index().equals(index)).findFirst();
    }

    /** The 13-week change in forward earnings, signed like a return, with the shares of companies revised up and down. */
    private static PdfTableRow epsRevision(Briefing b, AggregateRow a) {
        String prefix = a.index() + ".";
        return new PdfTableRow(a.indexLabel(), List.of(
                DisplayFormat.signedPercent(b.figure(prefix + "eps_revision.13w")),
                DisplayFormat.percent(b.figure(prefix + "eps_revision_up.13w")),
                DisplayFormat.percent(b.figure(prefix + "eps_revision_down.13w"))));
    }

    /** Says how much history the charts and the statistics rest on, so a first week's lone points read as intended. */
    static String historyNote(List<HistoryRow> history) {
        if (history.isEmpty()) {
            return "No history stored yet: the charts and the averages fill in month by month.";
        }
        String from = DisplayFormat.longDate(history.get(0).week());
        String to = DisplayFormat.longDate(history.get(history.size() - 1).week());
        if (history.size() == 1) {
            return "One history point so far (" + to + "): the charts, averages and percentiles need earlier month-ends.";
        }
        return "Forward P/E at each month-end from " + from + " to " + to + " (" + history.size()
                + " points). Dashed: ex-negative; thin lines: each index's 10-year average.";
    }
}
