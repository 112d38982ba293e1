package io.capbrief.report.pdf;

import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The frame every briefing chart shares: white, no title (the page has one), the legend on top without a border. */
final class ChartFrame {

    private ChartFrame() {}

    static JFreeChart of(Plot plot, Font legendFont) {
        JFreeChart chart = new JFreeChart(null, legendFont, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 2, 2, 8));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(legendFont);
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(BlockBorder.NONE);
        return chart;
    }
}
