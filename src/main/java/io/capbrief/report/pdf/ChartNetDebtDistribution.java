package io.capbrief.report.pdf;

import io.capbrief.report.Briefing;
import io.capbrief.report.LeverageBuckets.Bucket;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/** The leverage page's grouped bars: the share of each index's non-financials in each net debt / EBITDA range. */
final class ChartNetDebtDistribution {

    private ChartNetDebtDistribution() {}

    /** Percent of companies (0-100) per index and bucket; an index without companies has no bars. */
    static DefaultCategoryDataset data(Briefing briefing) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String[] index : ChartGroupedBars.INDICES) {
            for (Bucket b : briefing.valuation().leverage(index[0]).netDebtToEbitda()) {
                data.addValue(b.share() == null ? null : b.share() * 100, index[1], b.label());
            }
        }
        return data;
    }

    static JFreeChart create(Briefing briefing) {
        return ChartGroupedBars.create(data(briefing), "Net debt / EBITDA", "Share of companies (%)");
    }
}
