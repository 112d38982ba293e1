package io.capbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.capbrief.model.EventSpec;

import org.junit.jupiter.api.Test;

class RateLevelCalculatorTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);

    @Test
    void takesTheLastObservationOnOrBeforeTheWeekAndMeasuresChangesInBasisPoints() {
        NavigableMap<LocalDate, Double> dgs10 = new TreeMap<>();
        dgs10.put(LocalDate.of(2023, 12, 29), 3.88);
        dgs10.put(LocalDate.of(2024, 11, 5), 4.26);
        dgs10.put(LocalDate.of(2024, 11, 15), 4.43);
        dgs10.put(LocalDate.of(2024, 11, 21), 4.41); // Friday 11-22 missing: the Thursday value stands
        dgs10.put(LocalDate.of(2024, 11, 25), 4.27); // after the week: unused

        RateLevel r = new RateLevelCalculator().compute("DGS10", dgs10, WEEK,
                List.of(new EventSpec("us-election", LocalDate.of(2024, 11, 5), "US election")));

        assertThat(r.asOf()).isEqualTo(LocalDate.of(2024, 11, 21));
        assertThat(r.level()).isEqualTo(4.41);
        assertThat(r.change1wBp()).isCloseTo(-2.0, within(1e-9));   // (4.41 - 4.43) * 100
        assertThat(r.eventChangesBp().get("us-election")).isCloseTo(15.0, within(1e-9)); // (4.41 - 4.26) * 100
        assertThat(r.changeYtdBp()).isCloseTo(53.0, within(1e-9));  // (4.41 - 3.88) * 100
    }

    @Test
    void isEmptyWithoutObservations() {
        RateLevel r = new RateLevelCalculator().compute("DFF", new TreeMap<>(), WEEK, List.of());

        assertThat(r.level()).isNull();
        assertThat(r.change1wBp()).isNull();
        assertThat(r.changeYtdBp()).isNull();
    }
}
