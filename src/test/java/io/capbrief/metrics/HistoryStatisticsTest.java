package io.capbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class HistoryStatisticsTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);
    private static final List<String> PE = List.of("RUSSELL_2000.fwd_pe");

    /*
     * 120 month-end points, November 2014 to October 2024: 10 in the first 60 months (to October
     * 2019), 20 in the last 60 (from November 2019). The week's forward P/E is 25.
     *   5 years (after 2019-11-22): the 60 points at 20, average 20
     *   10 years (after 2014-11-22): 60 at 10 and 60 at 20, average 15, population sd 5, z = (25 - 15) / 5 = 2
     *   percentile of 25: all 120 below, 100; of 20: 60 below and 60 equal, 100 * (60 + 30) / 120 = 75
     */
    @Test
    void averagesTheFiveAndTenYearsAndPlacesTheWeekAgainstThem() {
        Map<String, Double> s = HistoryStatistics.of(WEEK, PE, Map.of("RUSSELL_2000.fwd_pe", 25.0), tenAndTwenty());

        assertThat(s.get("RUSSELL_2000.fwd_pe.avg_5y")).isCloseTo(20.0, within(1e-12));
        assertThat(s.get("RUSSELL_2000.fwd_pe.avg_10y")).isCloseTo(15.0, within(1e-12));
        assertThat(s.get("RUSSELL_2000.fwd_pe.z_10y")).isCloseTo(2.0, within(1e-12));
        assertThat(s.get("RUSSELL_2000.fwd_pe.history_pct")).isEqualTo(100.0);
    }

    @Test
    void countsAnEqualPointAsHalfBelow() {
        Map<String, Double> s = HistoryStatistics.of(WEEK, PE, Map.of("RUSSELL_2000.fwd_pe", 20.0), tenAndTwenty());

        assertThat(s.get("RUSSELL_2000.fwd_pe.history_pct")).isEqualTo(75.0);
        // (20 - 15) / 5
        assertThat(s.get("RUSSELL_2000.fwd_pe.z_10y")).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void needsTheFigureInEightyPercentOfTheWindowsMonths() {
        NavigableMap<LocalDate, Map<String, Double>> points = tenAndTwenty();
        // 12 of the last 60 months empty leaves 48, exactly 80%: still an average
        emptyMonths(points, YearMonth.of(2019, 11), 12);
        Map<String, Double> s = HistoryStatistics.of(WEEK, PE, Map.of("RUSSELL_2000.fwd_pe", 25.0), points);
        assertThat(s.get("RUSSELL_2000.fwd_pe.avg_5y")).isCloseTo(20.0, within(1e-12));

        // a 13th empty month leaves 47 of 60: no 5-year average; the 10 years keep 107 of 120
        emptyMonths(points, YearMonth.of(2020, 11), 1);
        s = HistoryStatistics.of(WEEK, PE, Map.of("RUSSELL_2000.fwd_pe", 25.0), points);
        assertThat(s).containsEntry("RUSSELL_2000.fwd_pe.avg_5y", null);
        // 60 at 10 and 47 at 20: (600 + 940) / 107
        assertThat(s.get("RUSSELL_2000.fwd_pe.avg_10y")).isCloseTo(14.392523364485982, within(1e-12));
    }

    @Test
    void leavesTheWeeksOwnStandingEmptyWhenTheWeekLacksTheFigure() {
        Map<String, Double> s = HistoryStatistics.of(WEEK, PE, new HashMap<>(), tenAndTwenty());

        assertThat(s).containsEntry("RUSSELL_2000.fwd_pe.avg_5y", 20.0)
                .containsEntry("RUSSELL_2000.fwd_pe.z_10y", null)
                .containsEntry("RUSSELL_2000.fwd_pe.history_pct", null);
    }

    @Test
    void hasNoZScoreForAFlatHistory() {
        NavigableMap<LocalDate, Map<String, Double>> points = new TreeMap<>();
        for (YearMonth m = YearMonth.of(2014, 11); m.isBefore(YearMonth.of(2024, 11)); m = m.plusMonths(1)) {
            points.put(HistoryCalendar.lastFriday(m), Map.of("RUSSELL_2000.fwd_pe", 18.0));
        }
        Map<String, Double> s = HistoryStatistics.of(WEEK, PE, Map.of("RUSSELL_2000.fwd_pe", 25.0), points);

        assertThat(s).containsEntry("RUSSELL_2000.fwd_pe.avg_10y", 18.0).containsEntry("RUSSELL_2000.fwd_pe.z_10y", null);
    }

    @Test
    void ignoresPointsOnOrAfterTheWeek() {
        NavigableMap<LocalDate, Map<String, Double>> points = tenAndTwenty();
        points.put(WEEK, Map.of("RUSSELL_2000.fwd_pe", 1000.0));
        points.put(LocalDate.of(2024, 12, 27), Map.of("RUSSELL_2000.fwd_pe", 1000.0));

        Map<String, Double> s = HistoryStatistics.of(WEEK, PE, Map.of("RUSSELL_2000.fwd_pe", 25.0), points);

        assertThat(s.get("RUSSELL_2000.fwd_pe.avg_5y")).isCloseTo(20.0, within(1e-12));
        assertThat(s.get("RUSSELL_2000.fwd_pe.history_pct")).isEqualTo(100.0);
    }

    private static NavigableMap<LocalDate, Map<String, Double>> tenAndTwenty() {
        NavigableMap<LocalDate, Map<String, Double>> points = new TreeMap<>();
        for (YearMonth m = YearMonth.of(2014, 11); m.isBefore(YearMonth.of(2024, 11)); m = m.plusMonths(1)) {
            points.put(HistoryCalendar.lastFriday(m), Map.of("RUSSELL_2000.fwd_pe", m.isBefore(YearMonth.of(2019, 11)) ? 10.0 : 20.0));
        }
        return points;
    }

    private static void emptyMonths(NavigableMap<LocalDate, Map<String, Double>> points, YearMonth first, int months) {
        for (int i = 0; i < months; i++) {
            Map<String, Double> empty = new HashMap<>();
            empty.put("RUSSELL_2000.fwd_pe", null);
            points.put(HistoryCalendar.lastFriday(first.plusMonths(i)), empty);
        }
    }
}
