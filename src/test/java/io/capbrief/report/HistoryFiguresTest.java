package io.capbrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.report.Briefing.HistoryRow;

import org.junit.jupiter.api.Test;

/** A figure's range over the history points of a window, as the leverage page shows the effective rate's. */
class HistoryFiguresTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);

    @Test
    void theRangeRunsOverThePointsOfTheWindowTheWeekIncluded() {
        List<HistoryRow> history = List.of(
                point(LocalDate.of(2014, 10, 31), 0.030), // before 22 Nov 2014: outside the ten years
                point(LocalDate.of(2014, 11, 28), 0.052),
                point(LocalDate.of(2019, 11, 29), 0.049),
                point(LocalDate.of(2024, 10, 25), null),
                point(WEEK, 0.0712));

        assertThat(HistoryFigures.range(history, "RUSSELL_2000.effective_rate", WEEK, 10))
                .isEqualTo(new HistoryFigures.Range(0.049, 0.0712));
        assertThat(HistoryFigures.range(history, "RUSSELL_2000.effective_rate", WEEK, 1))
                .isEqualTo(new HistoryFigures.Range(0.0712, 0.0712));
    }

    @Test
    void aFigureNoPointHasHasNoRange() {
        List<HistoryRow> history = List.of(point(LocalDate.of(2024, 10, 25), null), new HistoryRow(WEEK, Map.of()));

        assertThat(HistoryFigures.range(history, "RUSSELL_2000.effective_rate", WEEK, 10)).isNull();
    }

    @Test
    void theTenYearHistoryOfTheSampleSpansTheRussell2000sLowToThisWeek() {
        assertThat(HistoryFigures.range(SampleHistory.tenYears(), "RUSSELL_2000.effective_rate", WEEK, 10))
                .isEqualTo(new HistoryFigures.Range(0.049, 0.0712));
        assertThat(HistoryFigures.range(SampleHistory.tenYears(), "SP_500.effective_rate", WEEK, 10))
                .isEqualTo(new HistoryFigures.Range(0.034, 0.0431));
    }

    private static HistoryRow point(LocalDate date, Double effectiveRate) {
        Map<String, Double> figures = new HashMap<>();
        figures.put("RUSSELL_2000.effective_rate", effectiveRate);
        return new HistoryRow(date, figures);
    }
}
