package io.capbrief.report.pdf;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import io.capbrief.report.Briefing;
import io.capbrief.report.LeverageBuckets.Bucket;
import io.capbrief.report.SeriesColours;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/** The leverage page's grouped bars: the share of each index's non-financials in each net debt / EBITDA range. */
final class ChartNetDebtDistribution {

    /** The indices compared, code and legend label. */
    static final List<String[]> INDICES = List.of(
            new String[] {"RUSSELL_2000", "Russell 2000"},
            new String[] {"SP_500", "S&P 500"});

    private ChartNetDebtDistribution() {}

    /** Percent of companies (0-100) per index and bucket; an index without companies has no bars. */
    static DefaultCategoryDataset data(Briefing briefing) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String[] index : INDICES) {
            for (Bucket b : briefing.valuation().leverage(index[0]).netDebtToEbitda()) {
                data.addValue(b.share() == null ? null : b.share() * 100, index[1], b.label());
            }
        }
        return data;
    }

    static JFreeChart create(Briefing briefing) {
        Font tick = ChartFonts.dejaVuSans(Font.PLAIN, 8f);
        Font label = ChartFonts.dejaVuSans(Font.PLAIN, 8.5f);
        CategoryAxis x = new CategoryAxis("Net debt / EBITDA");
        x.setTickLabelFont(tick);
        x.setLabelFont(label);
        x.setCategoryMargin(0.25);
        // "EBITDA \u2264 0" is the widest label: two lines rather than an ellipsis
        x.setMaximumCategoryLabelLines(2);
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        NumberAxis y = new NumberAxis("Share of companies (%)");
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
        CategoryPlot plot = new CategoryPlot(data(briefing), x, y, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        return ChartFrame.of(plot, label);
    }
}
