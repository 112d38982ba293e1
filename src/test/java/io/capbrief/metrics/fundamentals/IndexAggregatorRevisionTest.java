package io.capbrief.metrics.fundamentals;

import static io.capbrief.metrics.fundamentals.Members.WEEK;
import static io.capbrief.metrics.fundamentals.Members.member;
import static io.capbrief.metrics.fundamentals.Members.none;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The 13-week forward EPS revision and its breadth (METRICS.md section 5), on constituents computed by hand. */
class IndexAggregatorRevisionTest {

    private final IndexAggregator aggregator = new IndexAggregator();

    // UP: revised up 5%, 1.00 to 1.05; DOWN: revised down 3%, 2.00 to 1.94; FLAT: 0.50 both times
    private static final Constituent UP = revised(member("UP", "Industrials", 0.5, 10.0, 1.05, none(), List.of()), 1.00);
    private static final Constituent DOWN = revised(member("DOWN", "Health Care", 0.3, 20.0, 1.94, none(), List.of()), 2.00);
    private static final Constituent FLAT = revised(member("FLAT", "Utilities", 0.2, 5.0, 0.50, none(), List.of()), 0.50);

    @Test
    void comparesTheIndexForwardEarningsWithThoseOf13WeeksEarlierAtTheWeeksPrices() {
        EpsRevision agg = aggregator.revision(List.of(UP, DOWN, FLAT));

        // now:     0.5 * 1.05 / 10 + 0.3 * 1.94 / 20 + 0.2 * 0.50 / 5 = 0.0525 + 0.0291 + 0.02 = 0.1016
        // earlier: 0.5 * 1.00 / 10 + 0.3 * 2.00 / 20 + 0.2 * 0.50 / 5 = 0.05   + 0.03   + 0.02 = 0.1000
        // 0.1016 / 0.1 - 1 = 0.016
        assertThat(agg.change().value()).isCloseTo(0.016, within(1e-12));
        assertThat(agg.change().coverage()).isCloseTo(1.0, within(1e-12));
        // UP +5% > 1%, DOWN -3% < -1%, FLAT 0%: one of three each way
        assertThat(agg.up().value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(agg.down().value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(agg.up().coverage()).isCloseTo(1.0, within(1e-12));
        assertThat(agg.figures("RUSSELL_2000")).containsKeys("RUSSELL_2000.eps_revision.13w",
                "RUSSELL_2000.coverage.eps_revision.13w", "RUSSELL_2000.eps_revision_up.13w",
                "RUSSELL_2000.eps_revision_down.13w");
    }

    @Test
    void blendsTheEarlierEstimatesFy1AndFy2AtTheEarlierDate() {
        // as of 2024-08-16, FY1 (ending 2024-12-31) 2.00 and FY2 2.40, no NTM figure; 91 days before the week is
        // 2024-08-23, 130 days before FY1's end: a = 130 / 365.25, NTM = 2.40 - 0.40 * 130 / 365.25 = 2.2576318
        // (at the week, 39 days before, it would be 2.40 - 0.40 * 39 / 365.25 = 2.3573)
        Estimate earlier = new Estimate(LocalDate.of(2024, 8, 16), LocalDate.of(2024, 12, 31), 2.00, 2.40, null);
        Double earlierNtm = CompanyMetricsCalculator.ntmEps(earlier, WEEK.minusDays(91));
        Constituent blended = revised(member("BLND", "Industrials", 1.0, 40.0, 2.40, none(), List.of()), earlierNtm);

        EpsRevision agg = aggregator.revision(List.of(blended));

        assertThat(earlierNtm).isCloseTo(2.2576317590691306, within(1e-12));
        // one company: the price cancels, 2.40 / 2.2576318 - 1 = 0.0630609, up by more than 1%
        assertThat(agg.change().value()).isCloseTo(0.06306087800145521, within(1e-12));
        assertThat(agg.up().value()).isEqualTo(1.0);
        assertThat(agg.down().value()).isEqualTo(0.0);
    }

    @Test
    void leavesACompanyWithoutAnEarlierEstimateOutOfTheSet() {
        Constituent noEarlier = revised(DOWN, null);

        EpsRevision agg = aggregator.revision(List.of(UP, noEarlier, FLAT));

        // UP and FLAT, 0.7 of the weight: (0.0525 + 0.02) / (0.05 + 0.02) - 1 = 0.0725 / 0.07 - 1 = 0.0357143
        assertThat(agg.change().value()).isCloseTo(0.03571428571428581, within(1e-12));
        assertThat(agg.change().coverage()).isCloseTo(0.7, within(1e-12));
        // UP of UP and FLAT; none down
        assertThat(agg.up().value()).isEqualTo(0.5);
        assertThat(agg.down().value()).isEqualTo(0.0);
        assertThat(agg.down().coverage()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void countsANarrowingLossAsRevisedUpAndLeavesAnEarlierZeroOutOfTheBreadth() {
        // LOSS: -1.00 to -0.50, (-0.50 - -1.00) / |-1.00| = +50%; ZERO: 0.00 to 0.20, no relative change
        Constituent loss = revised(member("LOSS", "Industrials", 0.5, 10.0, -0.50, none(), List.of()), -1.00);
        Constituent zero = revised(member("ZERO", "Industrials", 0.5, 10.0, 0.20, none(), List.of()), 0.00);

        EpsRevision agg = aggregator.revision(List.of(loss, zero));

        // earlier forward earnings 0.5 * -1.00 / 10 + 0.5 * 0 / 10 = -0.05 <= 0: no meaningful change
        assertThat(agg.change().value()).isNull();
        assertThat(agg.change().reason()).isEqualTo(Aggregate.NOT_MEANINGFUL);
        assertThat(agg.change().coverage()).isCloseTo(1.0, within(1e-12));
        // breadth over LOSS alone (0.5 of the weight): up
        assertThat(agg.up().value()).isEqualTo(1.0);
        assertThat(agg.down().value()).isEqualTo(0.0);
        assertThat(agg.up().coverage()).isCloseTo(0.5, within(1e-12));
    }

    private static Constituent revised(Constituent c, Double earlierNtmEps) {
        return new Constituent(c.ticker(), c.sector(), c.weight(), c.metrics(), c.fundamentals(), earlierNtmEps);
    }
}
