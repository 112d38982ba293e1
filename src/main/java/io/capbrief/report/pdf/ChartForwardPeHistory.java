package io.capbrief.report.pdf;

import java.awt.Color;
import java.util.List;

import io.capbrief.report.Briefing.HistoryRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.DisplayFormat;
import io.capbrief.report.HistoryDisplay;
import io.capbrief.report.SeriesColours;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The valuation page's ten-year chart: the Russell 2000's and the S&P 500's forward P/E at every history point, each
 * solid with its ex-negative dashed in the same colour, and a thin line at each index's 10-year average.
 */
final class ChartForwardPeHistory {

    /** The indices drawn, figures.json name and legend label. */
    static final List<String[]> INDICES = List.of(
            new String[] {"RUSSELL_2000", "Russell 2000"},
            new String[] {"SP_500", "S&P 500"});

    private ChartForwardPeHistory() {}

    /** Per index its forward P/E, then its ex-negative: four series, each point a history point with the figure. */
    static TimeSeriesCollection data(List<HistoryRow> history) {
        TimeSeriesCollection data = new TimeSeriesCollection(ChartHistoryPlot.UTC);
        for (String[] index : INDICES) {
            data.addSeries(ChartHistoryPlot.series(index[1], history, index[0] + ".fwd_pe"));
            data.addSeries(ChartHistoryPlot.series(index[1] + " ex-negative", history, index[0] + ".fwd_pe_ex_neg"));
        }
        return data;
    }

    static JFreeChart create(Briefing briefing) {
        List<HistoryRow> history = ChartHistoryPlot.window(briefing);
        XYLineAndShapeRenderer lines = ChartHistoryPlot.renderer(history.size());
        for (int i = 0; i < INDICES.size(); i++) {
            Color colour = new Color(SeriesColours.rgb(INDICES.get(i)[0]));
            ChartHistoryPlot.style(lines, 2 * i, colour, 1.6f, false);
            ChartHistoryPlot.style(lines, 2 * i + 1, colour, 1.0f, true);
        }
        XYPlot plot = ChartHistoryPlot.plot(data(history), ChartHistoryPlot.dateAxis(history, briefing.week(), 1),
                ChartHistoryPlot.valueAxis("Forward P/E (x)", "0", 10), lines);
        for (int i = 0; i < INDICES.size(); i++) {
            String[] index = INDICES.get(i);
            Double average = briefing.figure(HistoryDisplay.statistic(index[0] + ".fwd_pe", HistoryDisplay.AVG_10Y));
            // the Russell 2000's label at the left end, the S&P 500's at the right, so close averages do not collide
            ChartHistoryPlot.average(plot, average, index[1] + " 10-year average " + DisplayFormat.multiple(average),
                    new Color(SeriesColours.rgb(index[0])), i == 0);
        }
        return ChartFrame.of(plot, ChartHistoryPlot.LABEL);
    }
}
