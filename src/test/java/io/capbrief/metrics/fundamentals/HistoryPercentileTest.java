package io.capbrief.metrics.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class HistoryPercentileTest {

    @Test
    void countsTiesAsHalfBelow() {
        // of 3, 5, 5, 7 (the empty week not counted): 1 below, 2 equal: 100 * (1 + 0.5 * 2) / 4
        assertThat(HistoryPercentile.of(5.0, Arrays.asList(3.0, 5.0, null, 5.0, 7.0))).isEqualTo(50.0);
    }

    @Test
    void putsANewHighAt100AndANewLowAt0() {
        assertThat(HistoryPercentile.of(9.0, List.of(1.0, 2.0, 3.0))).isEqualTo(100.0);
        assertThat(HistoryPercentile.of(0.5, List.of(1.0, 2.0, 3.0))).isEqualTo(0.0);
    }

    @Test
    void isEmptyWithoutAnEarlierWeek() {
        assertThat(HistoryPercentile.of(5.0, List.of())).isNull();
        assertThat(HistoryPercentile.of(5.0, Arrays.asList((Double) null))).isNull();
    }
}
