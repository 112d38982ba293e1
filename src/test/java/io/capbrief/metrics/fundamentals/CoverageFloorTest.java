package io.capbrief.metrics.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** METRICS.md section 9's coverage floor: an aggregate on under 30% of the index's weight is no index figure. */
class CoverageFloorTest {

    @Test
    void anAggregateUnderTheFloorIsNotSignificantWithItsValueKeptApart() {
        Aggregate thin = new Aggregate(41.7, 0.12, null);

        Aggregate floored = thin.floored(0.30);

        assertThat(floored.value()).isNull();
        assertThat(floored.lowCoverage()).isEqualTo(41.7);
        assertThat(floored.coverage()).isEqualTo(0.12);
        assertThat(floored.reason()).isEqualTo("n.s.: computed on 12% of the index's weight, under the 30% coverage floor");
    }

    @Test
    void anAggregateAtTheFloorOrOneAlreadyEmptyIsLeftAsItIs() {
        Aggregate atFloor = new Aggregate(18.0, 0.30, null);
        Aggregate empty = new Aggregate(null, 0.05, Aggregate.EMPTY_SET);
        Aggregate notMeaningful = new Aggregate(null, 0.10, Aggregate.NOT_MEANINGFUL);

        assertThat(atFloor.floored(0.30)).isSameAs(atFloor);
        assertThat(empty.floored(0.30)).isSameAs(empty);
        assertThat(notMeaningful.floored(0.30)).isSameAs(notMeaningful);
    }

    @Test
    void figuresGiveTheNameNullAndItsValueUnderLowCoverage() {
        // a forward P/E of 41.7x on 12% of the index, and a net debt / EBITDA of 2.5x on 80%
        Aggregate other = new Aggregate(null, 0.0, Aggregate.EMPTY_SET);
        List<Aggregate> none = List.of(other, other, other, other, other, other);
        IndexAggregates aggregates = new IndexAggregates(new Aggregate(41.7, 0.12, null), other, other, other, other,
                new Aggregate(2.5, 0.80, null), other, other, other, other, other, other, other, none, none).floored(0.30);

        Map<String, Double> figures = aggregates.figures("RUSSELL_2000");

        assertThat(figures).containsEntry("RUSSELL_2000.fwd_pe", null)
                .containsEntry("RUSSELL_2000.fwd_pe.low_coverage", 41.7)
                .containsEntry("RUSSELL_2000.coverage.fwd_pe", 0.12)
                .containsEntry("RUSSELL_2000.net_debt_ebitda", 2.5)
                .doesNotContainKey("RUSSELL_2000.net_debt_ebitda.low_coverage");
        assertThat(aggregates.reasons()).containsEntry("fwd_pe",
                "n.s.: computed on 12% of the index's weight, under the 30% coverage floor");
    }
}
