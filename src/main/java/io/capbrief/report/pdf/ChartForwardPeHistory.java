package io.capbrief.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import io.capbrief.report.Briefing.HistoryRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.SeriesColours;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** The valuation page's line chart: the weekly forward P/E of the Russell 2000 and the S&P 500, with a marker at every week. */
final class ChartForwardPeHistory {

    /** The series drawn, index and legend label; each plots the index's figures.json "fwd_pe". */
    static final List<String[]> SERIES = List.of(
            new String[] {"RUSSELL_2000", "Russell 2000"},
            new String[] {"SP_500", "S&P 500"});
    private static final Color GRID = new Color(0xDDDDDD);
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    /** Below this many weeks the date axis is widened, so one or two points sit in the middle of a readable range. */
    private static final int SHORT_HISTORY_WEEKS = 8;

    private ChartForwardPeHistory() {}

    /** One series per index with a point for every history week whose forward P/E is defined. */
    static TimeSeriesCollection data(List<HistoryRow> history) {
        TimeSeriesCollection data = new TimeSeriesCollection(UTC);
        for (String[] s : SERIES) {
            TimeSeries series = new TimeSeries(s[1]);
            for (HistoryRow row : history) {
                Double value = row.figures().get(s[0] + ".fwd_pe");
                if (value != null) {
                    series.addOrUpdate(day(row.week()), value);
                }
            }
            data.addSeries(series);
        }
        return data;
    }

    static JFreeChart create(Briefing briefing) {
        List<HistoryRow> history = briefing.valuation().history();
        TimeSeriesCollection data = data(history);
        Font tick = ChartFonts.dejaVuSans(Font.PLAIN, 8f);
        Font label = ChartFonts.dejaVuSans(Font.PLAIN, 8.5f);

        DateAxis x = new DateAxis(null, UTC, Locale.US);
        x.setDateFormatOverride(dateFormat(history.size() < SHORT_HISTORY_WEEKS ? "d MMM yy" : "MMM yy"));
        x.setTickLabelFont(tick);
        if (history.size() < SHORT_HISTORY_WEEKS) {
            // JFreeChart would spread a single week over hours; show a few weeks either side instead.
            LocalDate last = history.isEmpty() ? briefing.week() : history.get(history.size() - 1).week();
            LocalDate first = history.isEmpty() ? last : history.get(0).week();
            x.setRange(millis(first.minusWeeks(3)), millis(last.plusWeeks(3)));
        } else {
            x.setLowerMargin(0.02);
            x.setUpperMargin(0.02);
        }
        NumberAxis y = new NumberAxis("Forward P/E (x)");
        y.setAutoRangeIncludesZero(false);
        y.setAutoRangeMinimumSize(10);
        y.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.US)));
        y.setTickLabelFont(tick);
        y.setLabelFont(label);

        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            lines.setSeriesPaint(s, new Color(SeriesColours.rgb(SERIES.get(s)[0])));
            lines.setSeriesStroke(s, new BasicStroke(s == 0 ? 2.0f : 1.2f));
            lines.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        XYPlot plot = new XYPlot(data, x, y, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        return ChartFrame.of(plot, label);
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static SimpleDateFormat dateFormat(String pattern) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.US);
        format.setTimeZone(UTC);
        return format;
    }
}
