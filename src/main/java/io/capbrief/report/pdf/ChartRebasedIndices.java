package io.capbrief.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import io.capbrief.model.EventSpec;
import io.capbrief.report.Briefing.Close;
import io.capbrief.report.Briefing;
import io.capbrief.report.DisplayFormat;
import io.capbrief.report.SeriesColours;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** The performance page's line chart: each index rebased to 100 over the last 52 weeks, events marked. */
final class ChartRebasedIndices {

    /** METRICS.md section 1: the 52-week window is (W - 364 days, W]. */
    static final int WINDOW_DAYS = 364;

    private static final Color GRID = new Color(0xDDDDDD);
    // Steps of 5 or more keep the axis readable at phone size; JFreeChart picks the smallest that fits.
    private static final TickUnits TICKS = new TickUnits();
    static {
        for (double step : new double[] {5, 10, 20, 25, 50, 100}) {
            TICKS.add(new NumberTickUnit(step));
        }
    }
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private ChartRebasedIndices() {}

    static LocalDate windowStart(LocalDate week) {
        return week.minusDays(WINDOW_DAYS);
    }

    /** Each index's closes in the window divided by its first close in the window, times 100, in index order. */
    static Map<String, TimeSeries> rebased(Briefing briefing) {
        LocalDate from = windowStart(briefing.week());
        Map<String, TimeSeries> series = new LinkedHashMap<>();
        Map<String, Double> base = new LinkedHashMap<>();
        briefing.indices().forEach(i -> series.put(i.code(), new TimeSeries(i.label())));
        for (Close c : briefing.closes()) {
            TimeSeries s = series.get(c.index());
            if (s == null || !c.date().isAfter(from) || c.date().isAfter(briefing.week())) {
                continue;
            }
            double first = base.computeIfAbsent(c.index(), k -> c.close());
            s.addOrUpdate(new Day(c.date().getDayOfMonth(), c.date().getMonthValue(), c.date().getYear()),
                    c.close() / first * 100);
        }
        return series;
    }

    static JFreeChart create(Briefing briefing) {
        TimeSeriesCollection data = new TimeSeriesCollection(UTC);
        Map<String, TimeSeries> rebased = rebased(briefing);
        rebased.values().forEach(data::addSeries);
        List<String> codes = List.copyOf(rebased.keySet());

        Font tick = font(Font.PLAIN, 8f);
        Font label = font(Font.PLAIN, 8.5f);
        DateAxis x = new DateAxis(null, UTC, Locale.US);
        x.setDateFormatOverride(monthFormat());
        x.setTickLabelFont(tick);
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        NumberAxis y = new NumberAxis("Rebased, 100 = " + DisplayFormat.longDate(firstDate(briefing)));
        y.setAutoRangeIncludesZero(false);
        y.setStandardTickUnits(TICKS);
        y.setTickLabelFont(tick);
        y.setLabelFont(label);

        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            lines.setSeriesPaint(s, new Color(SeriesColours.rgb(codes.get(s))));
            // The small-cap index is the subject; the comparisons are drawn lighter.
            lines.setSeriesStroke(s, new BasicStroke(s == 0 ? 2.0f : 1.2f));
        }
        XYPlot plot = new XYPlot(data, x, y, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.5f));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        ValueMarker hundred = new ValueMarker(100, Color.GRAY, new BasicStroke(0.6f));
        plot.addRangeMarker(hundred);
        List<EventSpec> events = eventsInWindow(briefing);
        for (int i = 0; i < events.size(); i++) {
            plot.addDomainMarker(eventMarker(events.get(i), i, label));
        }

        return ChartFrame.of(plot, label);
    }

    static List<EventSpec> eventsInWindow(Briefing briefing) {
        LocalDate from = windowStart(briefing.week());
        return briefing.events().stream()
                .filter(e -> e.date().isAfter(from) && !e.date().isAfter(briefing.week()))
                .toList();
    }

    private static ValueMarker eventMarker(EventSpec e, int position, Font font) {
        long millis = e.date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        ValueMarker marker = new ValueMarker(millis, Color.DARK_GRAY,
                new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
        marker.setLabel(e.label());
        marker.setLabelFont(font);
        marker.setLabelPaint(Color.DARK_GRAY);
        marker.setLabelBackgroundColor(Color.WHITE);
        // Label to the left of the line so it stays inside the plot when the event is near the week.
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        // Each label one line lower than the previous, so events a few weeks apart do not print over each other.
        marker.setLabelOffset(new RectangleInsets(4 + 12 * position, 4, 4, 4));
        return marker;
    }

    private static LocalDate firstDate(Briefing briefing) {
        LocalDate from = windowStart(briefing.week());
        return briefing.closes().stream().map(Close::date).filter(d -> d.isAfter(from)).min(LocalDate::compareTo)
                .orElse(null);
    }

    private static SimpleDateFormat monthFormat() {
        SimpleDateFormat format = new SimpleDateFormat("MMM yy", Locale.US);
        format.setTimeZone(UTC);
        return format;
    }

    private static Font font(int style, float size) {
        return ChartFonts.dejaVuSans(style, size);
    }
}
