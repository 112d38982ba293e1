package io.capbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;

import io.capbrief.report.Briefing;
import io.capbrief.report.SampleBriefings;

import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;

/** The valuation and leverage charts' data, from SampleBriefings' valuation half. */
class PdfChartsTest {

    @Test
    void forwardPeHistoryHasAPointPerWeekForEachIndex() {
        TimeSeriesCollection data = ChartForwardPeHistory.data(SampleBriefings.week20241122().valuation().history());

        assertThat(data.getSeriesCount()).isEqualTo(2);
        assertThat(data.getSeries(0).getKey()).isEqualTo("Russell 2000");
        assertThat(data.getSeries(0).getItemCount()).isEqualTo(3);
        assertThat(data.getSeries(0).getValue(new Day(8, 11, 2024)).doubleValue()).isEqualTo(26.1);
        assertThat(data.getSeries(1).getValue(new Day(22, 11, 2024)).doubleValue()).isEqualTo(22.7);
    }

    @Test
    void netDebtDistributionIsTheShareOfEachIndexsNonFinancialsPerRange() {
        DefaultCategoryDataset data = ChartNetDebtDistribution.data(SampleBriefings.week20241122());

        // Russell 2000: ALFA 0.4x, CHRL 6.2x, BRVO EBITDA < 0, the bank left out -> a third each
        assertThat(data.getValue("Russell 2000", "0\u20131x").doubleValue()).isCloseTo(33.333, within(0.001));
        assertThat(data.getValue("Russell 2000", ">5x").doubleValue()).isCloseTo(33.333, within(0.001));
        assertThat(data.getValue("Russell 2000", "EBITDA \u2264 0").doubleValue()).isCloseTo(33.333, within(0.001));
        assertThat(data.getValue("Russell 2000", "1\u20132x").doubleValue()).isEqualTo(0.0);
        // S&P 500: MEGA -0.5x (net cash), BIGI 2.5x
        assertThat(data.getValue("S&P 500", "Net cash").doubleValue()).isEqualTo(50.0);
        assertThat(data.getValue("S&P 500", "2\u20133x").doubleValue()).isEqualTo(50.0);
    }

    @Test
    void maturityWallIsEachIndexsShareOfTotalDebtDueInEachYear() {
        DefaultCategoryDataset data = ChartMaturityWall.data(SampleBriefings.week20241122());

        assertThat(data.getColumnKeys()).containsExactly("1", "2", "3", "4", "5", ">5");
        assertThat(data.getValue("Russell 2000", "1").doubleValue()).isCloseTo(14.68, within(1e-9));
        assertThat(data.getValue("Russell 2000", ">5").doubleValue()).isCloseTo(26.41, within(1e-9));
        assertThat(data.getValue("S&P 500", "2").doubleValue()).isCloseTo(8.45, within(1e-9));
    }

    @Test
    void aMaturityWallWithoutFiguresHasNoBarsRatherThanZeros() {
        Briefing sample = SampleBriefings.week20241122();
        Map<String, Double> figures = new HashMap<>(sample.figures());
        figures.keySet().removeIf(name -> name.contains(".maturity."));
        Briefing without = new Briefing(sample.week(), sample.version(), sample.generatedAt(), sample.indices(),
                sample.events(), sample.rates(), sample.sentences(), sample.closes(), sample.sources(), figures,
                sample.correction(), sample.findings(), sample.valuation());

        assertThat(ChartMaturityWall.data(without).getValue("Russell 2000", "3")).isNull();
    }
}
