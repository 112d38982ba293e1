package io.capbrief.report.pdf;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.capbrief.report.Briefing.AggregateRow;
import io.capbrief.report.Briefing.HistoryRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.DisplayFormat;

import net.sf.jasperreports.charts.renderers.JCommonDrawableRendererImpl;

/** The valuation page's parameters: the forward P/E history chart, the valuation table, the relative P/E and the EPS revision. */
final class PdfValuationParameters {

    static final List<String> COLUMNS = List.of("Fwd P/E", "Fwd P/E ex-negative", "Median fwd P/E", "% unprof. (count)",
            "% unprof. (weight)", "Fwd P/E %ile", "Ex-neg. %ile", "% unprof. %ile");

    static final List<String> EPS_REVISION_COLUMNS = List.of("Fwd EPS revision", "Revised up", "Revised down");

    private PdfValuationParameters() {}

    static void put(Briefing b, Map<String, Object> p) {
        p.put("VALUATION_CHART", new JCommonDrawableRendererImpl(ChartForwardPeHistory.create(b)));
        p.put("VALUATION_HISTORY_NOTE", historyNote(b.valuation().history()));
        p.put("VALUATION_COLUMNS", COLUMNS);
        p.put("VALUATION_ROWS", PdfAggregateRows.indices(b).stream().map(a -> row(b, a)).toList());
        p.put("RELATIVE_PE", "Relative forward P/E (Russell 2000 / S&P 500): " + DisplayFormat.multiple(b.figure("RELATIVE.fwd_pe"))
                + ", history percentile " + DisplayFormat.percentile(b.figure("RELATIVE.fwd_pe.history_pct")) + ".");
        p.put("EPS_REVISION_COLUMNS", EPS_REVISION_COLUMNS);
        p.put("EPS_REVISION_ROWS", PdfAggregateRows.indices(b).stream().map(a -> epsRevision(b, a)).toList());
    }

    /** The 13-week change in forward earnings, signed like a return, with the shares of companies revised up and down. */
    private static PdfTableRow epsRevision(Briefing b, AggregateRow a) {
        String prefix = a.index() + ".";
        return new PdfTableRow(a.indexLabel(), List.of(
                DisplayFormat.signedPercent(b.figure(prefix + "eps_revision.13w")),
                DisplayFormat.percent(b.figure(prefix + "eps_revision_up.13w")),
                DisplayFormat.percent(b.figure(prefix + "eps_revision_down.13w"))));
    }

    private static PdfTableRow row(Briefing b, AggregateRow a) {
        List<Function<AggregateRow, String>> cells = List.of(
                PdfAggregateRows.multiple("fwd_pe"), PdfAggregateRows.multiple("fwd_pe_ex_neg"),
                PdfAggregateRows.multiple("fwd_pe_median"), PdfAggregateRows.percent("pct_unprofitable"),
                PdfAggregateRows.percent("pct_unprofitable_weight"), percentile(b, "fwd_pe"), percentile(b, "fwd_pe_ex_neg"),
                percentile(b, "pct_unprofitable"));
        return PdfAggregateRows.row(a.indexLabel(), a, cells);
    }

    private static Function<AggregateRow, String> percentile(Briefing b, String figure) {
        return a -> DisplayFormat.percentile(b.figure(a.index() + "." + figure + ".history_pct"));
    }

    /** Says how much history the chart and the percentiles rest on, so a first week's lone points read as intended. */
    static String historyNote(List<HistoryRow> history) {
        if (history.isEmpty()) {
            return "No weekly history stored yet: the chart and the percentiles fill in week by week.";
        }
        String from = DisplayFormat.longDate(history.get(0).week());
        String to = DisplayFormat.longDate(history.get(history.size() - 1).week());
        if (history.size() == 1) {
            return "One week of history so far (" + to + "): the chart and the percentiles build week by week, "
                    + "and a percentile needs at least one earlier week.";
        }
        return "Weekly forward P/E, " + history.size() + " weeks from " + from + " to " + to
                + ". A percentile ranks this week's value against the earlier weeks stored.";
    }
}
