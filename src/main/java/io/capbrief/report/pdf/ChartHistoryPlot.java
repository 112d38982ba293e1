package io.capbrief.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import io.capbrief.report.Briefing.HistoryRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.HistoryDisplay;

import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * What the valuation page's history charts share: a series per figure over the history points, a date axis that
 * reads in years over a decade and in days over a first few weeks, and a thin line at a 10-year average.
 */
final class ChartHistoryPlot {

    static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    static final Font TICK = ChartFonts.dejaVuSans(Font.PLAIN, 8f);
    static final Font LABEL = ChartFonts.dejaVuSans(Font.PLAIN, 8.5f);
    private static final Font MARKER = ChartFonts.dejaVuSans(Font.PLAIN, 7f);
    private static final Color GRID = new Color(0xDDDDDD);
    /** Below this many points the date axis is widened and every point marked, so a first week's lone point shows. */
    static final int SHORT_HISTORY = 8;

    /** The years a history chart spans: BRIEFING.md's ten, however far back the stored history reaches. */
    static final int YEARS = 10;

    private ChartHistoryPlot() {}

    /** The briefing's history points of the past {@value #YEARS} years, the week's included. */
    static List<HistoryRow> window(Briefing briefing) {
        return HistoryDisplay.lastYears(briefing.valuation().history(), briefing.week(), YEARS);
    }

    /** The figure at every history point where it is defined; a point without it is left out, so the line bridges it. */
    static TimeSeries series(String label, List<HistoryRow> history, String figure) {
        TimeSeries series = new TimeSeries(label);
        for (HistoryRow row : history) {
            Double value = row.figures().get(figure);
            if (value != null) {
                series.addOrUpdate(new Day(row.week().getDayOfMonth(), row.week().getMonthValue(), row.week().getYear()),
                        value);
            }
        }
        return series;
    }

    /**
     * Year ticks (every {@code yearStep} years) over three years or more of history, month ticks over less, and a
     * few weeks either side of a short one, since JFreeChart would spread a single point over hours.
     */
    static DateAxis dateAxis(List<HistoryRow> history, LocalDate week, int yearStep) {
        DateAxis x = new DateAxis(null, UTC, Locale.US);
        x.setTickLabelFont(TICK);
        LocalDate last = history.isEmpty() ? week : history.get(history.size() - 1).week();
        LocalDate first = history.isEmpty() ? last : history.get(0).week();
        if (history.size() < SHORT_HISTORY) {
            x.setDateFormatOverride(dateFormat("d MMM yy"));
            x.setRange(millis(first.minusWeeks(3)), millis(last.plusWeeks(3)));
        } else if (ChronoUnit.YEARS.between(first, last) >= 3) {
            x.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, yearStep, dateFormat("yyyy")));
            x.setRange(millis(first.withDayOfMonth(1)), millis(last.plusMonths(1).withDayOfMonth(1)));
        } else {
            x.setDateFormatOverride(dateFormat("MMM yy"));
            x.setLowerMargin(0.02);
            x.setUpperMargin(0.02);
        }
        return x;
    }

    static NumberAxis valueAxis(String title, String pattern, double minimumRange) {
        NumberAxis y = new NumberAxis(title);
        y.setAutoRangeIncludesZero(false);
        y.setAutoRangeMinimumSize(minimumRange);
        y.setNumberFormatOverride(new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)));
        y.setTickLabelFont(TICK);
        y.setLabelFont(LABEL);
        return y;
    }

    /** Lines only over a long history (120 markers would be a smudge); a marker at every point over a short one. */
    static XYLineAndShapeRenderer renderer(int points) {
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, points < SHORT_HISTORY);
        lines.setDefaultShape(new Ellipse2D.Double(-3, -3, 6, 6));
        lines.setLegendLine(new Line2D.Double(-11, 0, 11, 0));
        return lines;
    }

    static void style(XYLineAndShapeRenderer lines, int series, Color colour, float width, boolean dashed) {
        lines.setSeriesPaint(series, colour);
        lines.setSeriesShape(series, new Ellipse2D.Double(-3, -3, 6, 6));
        lines.setSeriesStroke(series, dashed
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 2.5f}, 0f)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    static XYPlot plot(TimeSeriesCollection data, DateAxis x, NumberAxis y, XYLineAndShapeRenderer lines) {
        XYPlot plot = new XYPlot(data, x, y, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /**
     * A thin line across the plot at a 10-year average, labelled above it at the left or the right end; nothing
     * when the average is empty.
     */
    static void average(XYPlot plot, Double average, String label, Color colour, boolean labelLeft) {
        if (average == null) {
            return;
        }
        ValueMarker marker = new ValueMarker(average, colour, new BasicStroke(0.8f));
        marker.setLabel(label);
        marker.setLabelFont(MARKER);
        marker.setLabelPaint(colour);
        // a white ground keeps the label legible where a series line crosses it
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        marker.setLabelAnchor(labelLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(labelLeft ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
        marker.setLabelOffset(new RectangleInsets(1, 3, 1, 3));
        plot.addRangeMarker(marker);
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
