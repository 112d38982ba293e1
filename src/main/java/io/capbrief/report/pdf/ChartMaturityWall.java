package io.capbrief.report.pdf;

import java.util.List;

import io.capbrief.report.Briefing;
import io.capbrief.report.MaturityBucket;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/** The leverage page's maturity wall: each index's share of total debt due in each year (METRICS.md section 5). */
final class ChartMaturityWall {

    /** The bar label of each of {@link MaturityBucket#ALL}, in its order: the chart is narrow, and a year's number on one line reads better than two lines. */
    static final List<String> LABELS = List.of("1", "2", "3", "4", "5", ">5");

    private ChartMaturityWall() {}

    /** Percent of total debt (0-100) per index and bucket; an empty figure is a missing bar, not a zero. */
    static DefaultCategoryDataset data(Briefing briefing) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String[] index : ChartGroupedBars.INDICES) {
            for (int b = 0; b < LABELS.size(); b++) {
                Double share = briefing.figure(index[0] + ".maturity." + MaturityBucket.ALL.get(b).name());
                data.addValue(share == null ? null : share * 100, index[1], LABELS.get(b));
            }
        }
        return data;
    }

    static JFreeChart create(Briefing briefing) {
        return ChartGroupedBars.create(data(briefing), "Year due (1: within 12 months)", "Share of total debt (%)");
    }
}
