package io.capbrief.report.pdf;

import java.util.List;

import io.capbrief.metrics.fundamentals.MaturitySchedule;
import io.capbrief.report.Briefing;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/** The leverage page's maturity wall: each index's share of total debt due in each year (METRICS.md section 5). */
final class ChartMaturityWall {

    /** The category label of each of {@link MaturitySchedule#BUCKETS}, in its order. */
    static final List<String> LABELS = List.of("12 months", "Year 2", "Year 3", "Year 4", "Year 5", "After 5");

    private ChartMaturityWall() {}

    /** Percent of total debt (0-100) per index and bucket; an empty figure is a missing bar, not a zero. */
    static DefaultCategoryDataset data(Briefing briefing) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String[] index : ChartGroupedBars.INDICES) {
            for (int b = 0; b < LABELS.size(); b++) {
                Double share = briefing.figure(index[0] + ".maturity." + MaturitySchedule.BUCKETS.get(b));
                data.addValue(share == null ? null : share * 100, index[1], LABELS.get(b));
            }
        }
        return data;
    }

    static JFreeChart create(Briefing briefing) {
        return ChartGroupedBars.create(data(briefing), "Debt due", "Share of total debt (%)");
    }
}
