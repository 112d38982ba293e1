package io.capbrief.report.pdf;

import java.awt.Color;
import java.util.List;

import io.capbrief.report.Briefing.HistoryRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.DisplayFormat;
import io.capbrief.report.HistoryDisplay;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The valuation page's small chart of the relative forward P/E (Russell 2000 over S&P 500) at every history point,
 * with its 10-year average; dark grey, since it belongs to neither index.
 */
final class ChartRelativePeHistory {

    static final String LABEL = "Relative forward P/E (Russell 2000 / S&P 500)";
    private static final Color INK = new Color(0x333333);

    private ChartRelativePeHistory() {}

    static TimeSeriesCollection data(List<HistoryRow> history) {
        return new TimeSeriesCollection(ChartHistoryPlot.series(LABEL, history, HistoryDisplay.RELATIVE), ChartHistoryPlot.UTC);
    }

    static JFreeChart create(Briefing briefing) {
        List<HistoryRow> history = ChartHistoryPlot.window(briefing);
        XYLineAndShapeRenderer lines = ChartHistoryPlot.renderer(history.size());
        ChartHistoryPlot.style(lines, 0, INK, 1.3f, false);
        // two-year ticks: the chart is half the page wide
        XYPlot plot = ChartHistoryPlot.plot(data(history), ChartHistoryPlot.dateAxis(history, briefing.week(), 2),
                ChartHistoryPlot.valueAxis(null, "0.00", 0.1), lines);
        Double average = briefing.figure(HistoryDisplay.statistic(HistoryDisplay.RELATIVE, HistoryDisplay.AVG_10Y));
        ChartHistoryPlot.average(plot, average, "10-year average " + DisplayFormat.multiple(average), INK, true);
        return ChartFrame.of(plot, ChartHistoryPlot.LABEL);
    }
}
