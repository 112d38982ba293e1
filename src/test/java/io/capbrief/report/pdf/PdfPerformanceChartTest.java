package io.capbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.capbrief.model.EventSpec;
import io.capbrief.report.Briefing.Close;
import io.capbrief.report.Briefing;
import io.capbrief.report.SampleBriefings;

import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.junit.jupiter.api.Test;

/** The performance chart's data: indices rebased to 100 over (W - 364 days, W], events inside that window only. */
class PdfPerformanceChartTest {

    @Test
    void rebasesEachIndexToItsFirstCloseInsideTheWindow() {
        // given: 2023-11-24 is exactly W - 364 days, so it falls outside the window
        Briefing briefing = withCloses(List.of(
                new Close("RUSSELL_2000", LocalDate.of(2023, 11, 24), 1000.0),
                new Close("RUSSELL_2000", LocalDate.of(2023, 11, 27), 1800.0),
                new Close("RUSSELL_2000", LocalDate.of(2024, 11, 22), 2406.67),
                new Close("RUSSELL_2000", LocalDate.of(2024, 11, 25), 9999.0)));

        // when
        TimeSeries series = ChartRebasedIndices.rebased(briefing).get("RUSSELL_2000");

        // then
        assertThat(series.getItemCount()).isEqualTo(2);
        assertThat(series.getValue(new Day(27, 11, 2023)).doubleValue()).isEqualTo(100.0);
        assertThat(series.getValue(new Day(22, 11, 2024)).doubleValue()).isCloseTo(133.704, within(0.001));
        assertThat((String) series.getKey()).isEqualTo("Russell 2000");
    }

    @Test
    void marksOnlyTheEventsInsideTheWindow() {
        Briefing sample = SampleBriefings.week20241122();
        EventSpec old = new EventSpec("covid", LocalDate.of(2020, 3, 23), "Covid low");
        Briefing briefing = new Briefing(sample.week(), 1, sample.generatedAt(), sample.indices(),
                List.of(old, SampleBriefings.US_ELECTION), sample.rates(), sample.sentences(), sample.closes(),
                sample.sources(), sample.figures(), List.of(), List.of(), Briefing.Valuation.empty());

        assertThat(ChartRebasedIndices.eventsInWindow(briefing)).containsExactly(SampleBriefings.US_ELECTION);
    }

    private static Briefing withCloses(List<Close> closes) {
        Briefing sample = SampleBriefings.week20241122();
        return new Briefing(sample.week(), 1, sample.generatedAt(), sample.indices(), sample.events(), sample.rates(),
                sample.sentences(), closes, sample.sources(), Map.of(), List.of(), List.of(), Briefing.Valuation.empty());
    }
}
