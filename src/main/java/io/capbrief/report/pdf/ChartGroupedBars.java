package io.capbrief.report.pdf;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import io.capbrief.report.SeriesColours;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/** The leverage page's look for grouped bars: one bar per index in each category, in the index's series colour. */
final class ChartGroupedBars {

    /** The indices compared, code and legend label. */
    static final List<String[]> INDICES = List.of(
            new String[] {"RUSSELL_2000", "Russell 2000"},
            new String[] {"SP_500", "S&P 500"});

    private ChartGroupedBars() {}

    /** @param data percentages (0-100), one series per entry of {@link #INDICES} in that order */
    static JFreeChart create(DefaultCategoryDataset data, String categoryLabel, String valueLabel) {
        Font tick = ChartFonts.dejaVuSans(Font.PLAIN, 8f);
        Font label = ChartFonts.dejaVuSans(Font.PLAIN, 8.5f);
        CategoryAxis x = new CategoryAxis(categoryLabel);
        x.setTickLabelFont(tick);
        x.setLabelFont(label);
        x.setCategoryMargin(0.25);
        // the widest labels ("EBITDA \u2264 0") take two lines rather than an ellipsis, and may reach into the gap
        // between groups (a quarter of the axis over the gaps leaves each label room for 1.3 categories)
        x.setMaximumCategoryLabelLines(2);
        x.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(CategoryLabelPositions.STANDARD,
                new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER, CategoryLabelWidthType.CATEGORY, 1.3f)));
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        NumberAxis y = new NumberAxis(valueLabel);
        y.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.US)));
        y.setTickLabelFont(tick);
        y.setLabelFont(label);
        y.setUpperMargin(0.08);

        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        for (int s = 0; s < INDICES.size(); s++) {
            bars.setSeriesPaint(s, new Color(SeriesColours.rgb(INDICES.get(s)[0])));
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        return ChartFrame.of(plot, label);
    }
}
