package io.capbrief.metrics.fundamentals;

import static io.capbrief.metrics.fundamentals.Members.member;
import static io.capbrief.metrics.fundamentals.Members.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An aggregate taken apart from the same definition that computes it. Four Industrials:
 * <pre>
 *   AAA weight 0.5  price 100  NTM EPS  5   net income 10
 *   BBB weight 0.3  price  50  NTM EPS -1   net income -2
 *   CCC weight 0.2  price  40  NTM EPS  2   net income -1
 *   DDD weight 0.1  no price, no estimate, no net income
 * </pre>
 */
class IndexAggregatorBreakdownTest {

    private final IndexAggregator aggregator = new IndexAggregator();

    private final List<Constituent> index = List.of(
            member("AAA", "Industrials", 0.5, 100.0, 5.0, values(10.0, null, null, null, null, null, null, null), List.of()),
            member("BBB", "Industrials", 0.3, 50.0, -1.0, values(-2.0, null, null, null, null, null, null, null), List.of()),
            member("CCC", "Industrials", 0.2, 40.0, 2.0, values(-1.0, null, null, null, null, null, null, null), List.of()),
            member("DDD", "Industrials", 0.1, null, null, Members.none(), List.of()));

    @Test
    void aHarmonicForwardPeIsOneOverTheSumOfEachMembersWeightedEarningsYield() {
        AggregateBreakdown b = aggregator.breakdown(AggregateDefinition.named("fwd_pe").orElseThrow(), index);

        // terms: 0.5 * 5/100 = 0.025, 0.3 * -1/50 = -0.006, 0.2 * 2/40 = 0.01 (weights renormalised over 1.0)
        assertThat(b.parts()).extracting(p -> p.constituent().ticker()).containsExactly("AAA", "CCC", "BBB");
        assertThat(b.parts().get(0).numerator()).isCloseTo(0.025, within(1e-12));
        assertThat(b.parts().get(2).numerator()).isCloseTo(-0.006, within(1e-12));
        assertThat(b.numerator()).isCloseTo(0.029, within(1e-12));
        assertThat(b.denominator()).isCloseTo(1.0, within(1e-12));
        assertThat(b.constituents()).isEqualTo(4);
        // 1 / 0.029, over 1.0 of the index's 1.1
        assertThat(b.aggregate().value()).isCloseTo(34.4827586, within(1e-6));
        assertThat(b.aggregate().coverage()).isCloseTo(1.0 / 1.1, within(1e-12));
        assertThat(b.aggregate()).isEqualTo(aggregator.aggregate(index).fwdPe());
    }

    @Test
    void aCountShareListsTheFlaggedMembersFirstByWeight() {
        AggregateBreakdown b = aggregator.breakdown(AggregateDefinition.named("pct_unprofitable").orElseThrow(), index);

        assertThat(b.parts()).extracting(p -> p.constituent().ticker()).containsExactly("BBB", "CCC", "AAA");
        assertThat(b.parts()).extracting(AggregateBreakdown.Part::numerator).containsExactly(1.0, 1.0, 0.0);
        // 2 of 3 with net income defined lose money
        assertThat(b.numerator()).isEqualTo(2.0);
        assertThat(b.denominator()).isEqualTo(3.0);
        assertThat(b.aggregate()).isEqualTo(aggregator.aggregate(index).pctUnprofitable());
    }

    @Test
    void everyFigureOfTheAggregatesHasADefinitionUnderItsName() {
        IndexAggregates aggregates = aggregator.aggregate(index);
        List<String> names = new java.util.ArrayList<>(aggregates.named().keySet());
        names.addAll(aggregates.debtProfile().keySet());

        assertThat(AggregateDefinition.ALL).extracting(AggregateDefinition::name).containsExactlyElementsOf(names);
    }
}
