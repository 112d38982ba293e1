package io.capbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.capbrief.report.Briefing.HistoryRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.SampleBriefings;

import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;

/** The valuation and leverage charts' data, from SampleBriefings' valuation half. */
class PdfChartsTest {

    @Test
    void forwardPeHistoryHasEachIndexAndItsExNegativeAtEveryMonthEnd() {
        TimeSeriesCollection data = ChartForwardPeHistory.data(SampleBriefings.week20241122().valuation().history());

        assertThat(data.getSeriesCount()).isEqualTo(4);
        assertThat(IntStream.range(0, 4).mapToObj(s -> data.getSeries(s).getKey())).containsExactly(
                "Russell 2000", "Russell 2000 ex-negative", "S&P 500", "S&P 500 ex-negative");
        // 119 month-ends and the week; the Russell 2000's ex-negative only from December 2015, twelve points later
        assertThat(data.getSeries(0).getItemCount()).isEqualTo(120);
        assertThat(data.getSeries(1).getItemCount()).isEqualTo(108);
        assertThat(data.getSeries(0).getValue(new Day(26, 12, 2014)).doubleValue()).isEqualTo(21.1);
        assertThat(data.getSeries(2).getValue(new Day(25, 3, 2016)).doubleValue()).isEqualTo(20.3);
        assertThat(data.getSeries(0).getValue(new Day(22, 11, 2024)).doubleValue()).isEqualTo(27.9);
        assertThat(data.getSeries(3).getValue(new Day(22, 11, 2024)).doubleValue()).isEqualTo(22.69);
    }

    @Test
    void relativePeHistoryBridgesTheMonthEndThatLacksIt() {
        TimeSeriesCollection data = ChartRelativePeHistory.data(SampleBriefings.week20241122().valuation().history());

        // 120 points less June 2017's (k 30), which has no relative P/E
        assertThat(data.getSeries(0).getItemCount()).isEqualTo(119);
        assertThat(data.getSeries(0).getValue(new Day(30, 6, 2017))).isNull();
        // 21.1 / 17.5
        assertThat(data.getSeries(0).getValue(new Day(26, 12, 2014)).doubleValue()).isCloseTo(1.2057, within(1e-4));
    }

    @Test
    void overTenYearsTheDateAxisTicksEveryYearAndDrawsNoMarkers() {
        Briefing sample = SampleBriefings.week20241122();
        XYPlot plot = ChartForwardPeHistory.create(sample).getXYPlot();

        DateAxis x = (DateAxis) plot.getDomainAxis();
        assertThat(x.getTickUnit().getUnitType()).isEqualTo(DateTickUnitType.YEAR);
        assertThat(x.getTickUnit().getMultiple()).isEqualTo(1);
        assertThat(((XYLineAndShapeRenderer) plot.getRenderer()).getDefaultShapesVisible()).isFalse();
        // the 10-year averages as thin lines: 21.8723 and 18.6849
        assertThat(plot.getRangeMarkers(Layer.FOREGROUND)).extracting(m -> ((ValueMarker) m).getValue())
                .containsExactly(21.8723, 18.6849);
        assertThat(plot.getRangeMarkers(Layer.FOREGROUND)).extracting(m -> ((ValueMarker) m).getLabel())
                .containsExactly("Russell 2000 10-year average 21.9x", "S&P 500 10-year average 18.7x");
    }

    @Test
    void theChartsDrawTheLastTenYearsOfALongerHistory() {
        Briefing sample = SampleBriefings.week20241122();
        Briefing.Valuation v = sample.valuation();
        List<HistoryRow> longer = new ArrayList<>();
        longer.add(new HistoryRow(LocalDate.of(2014, 10, 31), Map.of("RUSSELL_2000.fwd_pe", 40.0, "RELATIVE.fwd_pe", 2.0)));
        longer.addAll(v.history());
        Briefing briefing = SampleBriefings.with(sample, List.of(), new Briefing.Valuation(v.aggregates(), v.companies(),
                v.qualitySmallCaps(), v.refinancingRisk(), longer));

        // 31 Oct 2014 is more than ten years before 22 Nov 2024: left out, the 120 points of SampleHistory drawn
        assertThat(ChartForwardPeHistory.create(briefing).getXYPlot().getDataset().getItemCount(0)).isEqualTo(120);
        assertThat(ChartRelativePeHistory.create(briefing).getXYPlot().getDataset().getItemCount(0)).isEqualTo(119);
    }

    @Test
    void aShortHistoryMarksEveryPoint() {
        Briefing sample = SampleBriefings.week20241122();
        Briefing.Valuation v = sample.valuation();
        Briefing first = SampleBriefings.with(sample, List.of(), new Briefing.Valuation(v.aggregates(), v.companies(),
                v.qualitySmallCaps(), v.refinancingRisk(), v.history().subList(119, 120)));

        XYPlot plot = ChartForwardPeHistory.create(first).getXYPlot();

        assertThat(((XYLineAndShapeRenderer) plot.getRenderer()).getDefaultShapesVisible()).isTrue();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(1);
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
