package io.capbrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.report.Briefing.HistoryRow;

import org.junit.jupiter.api.Test;

/** The history figures as the PDF and workbook show them, and a figure's range over a window, as the leverage page shows the effective rate's. */
class HistoryDisplayTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);

    @Test
    void showsEveryFigureTheHistoryKeeps() {
        List<String> shown = new java.util.ArrayList<>();
        HistoryDisplay.INDICES.forEach(index -> HistoryDisplay.PER_INDEX.forEach(f -> shown.add(index + "." + f.name())));
        shown.add(HistoryDisplay.RELATIVE);

        assertThat(shown).containsExactlyElementsOf(io.capbrief.metrics.HistoryFigures.NAMES);
    }

    @Test
    void theRangeRunsOverThePointsOfTheWindowTheWeekIncluded() {
        List<HistoryRow> history = List.of(
                point(LocalDate.of(2014, 10, 31), 0.030), // before 22 Nov 2014: outside the ten years
                point(LocalDate.of(2014, 11, 28), 0.052),
                point(LocalDate.of(2019, 11, 29), 0.049),
                point(LocalDate.of(2024, 10, 25), null),
                point(WEEK, 0.0712));

        assertThat(HistoryDisplay.range(history, "RUSSELL_2000.effective_rate", WEEK, 10))
                .isEqualTo(new HistoryDisplay.Range(0.049, 0.0712));
        assertThat(HistoryDisplay.range(history, "RUSSELL_2000.effective_rate", WEEK, 1))
                .isEqualTo(new HistoryDisplay.Range(0.0712, 0.0712));
    }

    @Test
    void aFigureNoPointHasHasNoRange() {
        List<HistoryRow> history = List.of(point(LocalDate.of(2024, 10, 25), null), new HistoryRow(WEEK, Map.of()));

        assertThat(HistoryDisplay.range(history, "RUSSELL_2000.effective_rate", WEEK, 10)).isNull();
    }

    @Test
    void theTenYearHistoryOfTheSampleSpansTheRussell2000sLowToThisWeek() {
        assertThat(HistoryDisplay.range(SampleHistory.tenYears(), "RUSSELL_2000.effective_rate", WEEK, 10))
                .isEqualTo(new HistoryDisplay.Range(0.049, 0.0712));
        assertThat(HistoryDisplay.range(SampleHistory.tenYears(), "SP_500.effective_rate", WEEK, 10))
                .isEqualTo(new HistoryDisplay.Range(0.034, 0.0431));
    }

    private static HistoryRow point(LocalDate date, Double effectiveRate) {
        Map<String, Double> figures = new HashMap<>();
        figures.put("RUSSELL_2000.effective_rate", effectiveRate);
        return new HistoryRow(date, figures);
    }
}
