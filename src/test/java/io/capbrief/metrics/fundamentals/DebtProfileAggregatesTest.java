package io.capbrief.metrics.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DebtProfileAggregatesTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);

    private final IndexAggregator aggregator = new IndexAggregator();

    private static Constituent member(String ticker, String sector, double weight, Double interest, Double debt,
            Double... due) {
        Map<Fundamental, Double> v = new EnumMap<>(Fundamental.class);
        if (interest != null) {
            v.put(Fundamental.INTEREST_EXPENSE, interest);
        }
        if (debt != null) {
            v.put(Fundamental.TOTAL_DEBT, debt);
        }
        MaturitySchedule schedule = due.length == 0 ? null
                : new MaturitySchedule(LocalDate.of(2023, 12, 31), List.of(due), new Lineage("fixture", List.of(), "fixture"));
        CompanyFundamentals f = CompanyFundamentals.of(v, schedule, null, false, List.of(), Map.of());
        return new Constituent(ticker, sector, weight, new CompanyMetricsCalculator().compute(f, WEEK, null, null, 4.41), f);
    }

    // A and B are in both sets; C is a bank (excluded, though it has everything); D has no schedule;
    // E has no debt, so neither an effective rate nor a wall share. Weights sum to 1.
    private static final Constituent A = member("AAA", "Industrials", 0.40, 8.0, 100.0, 10.0, 15.0, 20.0, 20.0, 15.0, 20.0);
    private static final Constituent B = member("BBB", "Health Care", 0.30, 6.0, 50.0, 5.0, 5.0, 10.0, 0.0, 0.0, 10.0);
    private static final Constituent C = member("CCC", "Financials", 0.15, 50.0, 1000.0,
            100.0, 100.0, 100.0, 100.0, 100.0, 500.0);
    private static final Constituent D = member("DDD", "Information Technology", 0.10, 2.0, 40.0);
    private static final Constituent E = member("EEE", "Utilities", 0.05, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0);

    private static final List<Constituent> INDEX = List.of(A, B, C, D, E);

    @Test
    void takesTheEffectiveRateAsTotalInterestOverTotalDebtOfTheNonFinancialsWithDebt() {
        IndexAggregates agg = aggregator.aggregate(INDEX);

        // A, B, D: (8 + 6 + 2) / (100 + 50 + 40) = 16 / 190; coverage 0.40 + 0.30 + 0.10
        assertThat(agg.effectiveRate().value()).isCloseTo(0.08421052631578947, within(1e-12));
        assertThat(agg.effectiveRate().coverage()).isCloseTo(0.80, within(1e-12));
    }

    @Test
    void spreadsTheNonFinancialsDebtOverTheSixMaturityBuckets() {
        IndexAggregates agg = aggregator.aggregate(INDEX);

        // A and B (total debt 150): due 10 + 5, 15 + 5, 20 + 10, 20 + 0, 15 + 0, 20 + 10
        assertThat(agg.maturityUsd()).extracting(Aggregate::value).containsExactly(15.0, 20.0, 30.0, 20.0, 15.0, 30.0);
        // 15 / 150, 20 / 150, 30 / 150, 20 / 150, 15 / 150, 30 / 150
        List<Double> shares = agg.maturity().stream().map(Aggregate::value).toList();
        assertThat(shares.get(0)).isCloseTo(0.1, within(1e-12));
        assertThat(shares.get(1)).isCloseTo(0.13333333333333333, within(1e-12));
        assertThat(shares.get(2)).isCloseTo(0.2, within(1e-12));
        assertThat(shares.get(3)).isCloseTo(0.13333333333333333, within(1e-12));
        assertThat(shares.get(4)).isCloseTo(0.1, within(1e-12));
        assertThat(shares.get(5)).isCloseTo(0.2, within(1e-12));
        // coverage 0.40 + 0.30, the same for every bucket
        assertThat(agg.maturity()).extracting(Aggregate::coverage).allSatisfy(c -> assertThat(c).isCloseTo(0.70, within(1e-12)));
        assertThat(agg.maturityUsd()).extracting(Aggregate::coverage).allSatisfy(c -> assertThat(c).isCloseTo(0.70, within(1e-12)));
    }

    @Test
    void leavesBothEmptyWhenOnlyFinancialsHaveDebt() {
        IndexAggregates agg = aggregator.aggregate(List.of(C));

        assertThat(agg.effectiveRate()).isEqualTo(new Aggregate(null, 0.0, Aggregate.EMPTY_SET));
        assertThat(agg.maturity().get(0)).isEqualTo(new Aggregate(null, 0.0, Aggregate.EMPTY_SET));
        assertThat(agg.maturityUsd().get(5)).isEqualTo(new Aggregate(null, 0.0, Aggregate.EMPTY_SET));
        assertThat(agg.debtProfileReasons()).hasSize(13).containsEntry("maturity_usd.after5", Aggregate.EMPTY_SET);
    }

    @Test
    void laysTheFiguresOutUnderTheirFiguresJsonNames() {
        Map<String, Double> figures = aggregator.aggregate(INDEX).debtProfileFigures("RUSSELL_2000");

        assertThat(figures).hasSize(26); // 13 figures and their coverages
        assertThat(figures.get("RUSSELL_2000.effective_rate")).isCloseTo(0.08421052631578947, within(1e-12));
        assertThat(figures.get("RUSSELL_2000.coverage.effective_rate")).isCloseTo(0.80, within(1e-12));
        assertThat(figures.get("RUSSELL_2000.maturity.y3")).isCloseTo(0.2, within(1e-12));
        assertThat(figures.get("RUSSELL_2000.maturity_usd.after5")).isEqualTo(30.0);
        assertThat(figures.get("RUSSELL_2000.coverage.maturity.after5")).isCloseTo(0.70, within(1e-12));
        assertThat(figures).containsKeys("RUSSELL_2000.maturity.y1", "RUSSELL_2000.maturity.y2", "RUSSELL_2000.maturity.y4",
                "RUSSELL_2000.maturity.y5", "RUSSELL_2000.maturity_usd.y1", "RUSSELL_2000.coverage.maturity_usd.y5");
    }

    @Test
    void aggregatesEachSectorTheSameWay() {
        Map<String, IndexAggregates> sectors = aggregator.bySector(INDEX);

        // B alone in Health Care: 6 / 50 and 10 / 50 after year five, over all its sector's weight
        assertThat(sectors.get("Health Care").effectiveRate()).isEqualTo(new Aggregate(0.12, 1.0, null));
        assertThat(sectors.get("Health Care").maturity().get(5)).isEqualTo(new Aggregate(0.2, 1.0, null));
        assertThat(sectors.get("Financials").effectiveRate().value()).isNull();
    }
}
