package io.capbrief.metrics.fundamentals;

import static io.capbrief.metrics.fundamentals.Members.member;
import static io.capbrief.metrics.fundamentals.Members.none;
import static io.capbrief.metrics.fundamentals.Members.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IndexAggregatorTest {

    private final IndexAggregator aggregator = new IndexAggregator();

    private static List<FiscalYear> years(double ebit, double interest) {
        return List.of(new FiscalYear(LocalDate.of(2023, 12, 31), ebit, interest),
                new FiscalYear(LocalDate.of(2022, 12, 31), ebit, interest),
                new FiscalYear(LocalDate.of(2021, 12, 31), ebit, interest));
    }

    // A: fwd P/E 20 / 2 = 10, coverage 60 / 10 = 6, net debt 200 - 40 = 160, EBITDA 60 + 20 = 80, not a zombie
    private static final Constituent A = member("AAA", "Industrials", 0.40, 20.0, 2.0,
            values(100.0, 60.0, 20.0, 10.0, 200.0, 40.0, 20.0, 30.0), years(60, 10));
    // B: negative forward earnings, a loss, EBITDA -20 + 10 = -10, coverage -20 / 5 = -4 (weak), a zombie
    private static final Constituent B = member("BBB", "Information Technology", 0.25, 50.0, -1.0,
            values(-30.0, -20.0, 10.0, 5.0, 100.0, null, 10.0, null), years(-20, 5));
    // C: a bank with a huge balance sheet: fwd P/E 10 / 0.8 = 12.5, and a zombie by the numbers, but financial
    private static final Constituent C = member("CCC", "Financials", 0.20, 10.0, 0.8,
            values(50.0, 80.0, 20.0, 100.0, 5000.0, 100.0, 2000.0, 1000.0), years(80, 100));
    // D: no price, no estimate, no net income, no D&A; coverage 30 / 20 = 1.5 (not weak), two fiscal years only
    private static final Constituent D = member("DDD", "Health Care", 0.15, null, null,
            values(null, 30.0, null, 20.0, 100.0, null, null, null), years(30, 20).subList(0, 2));

    private static final List<Constituent> INDEX = List.of(A, B, C, D);

    @Test
    void takesTheHarmonicForwardPeIncludingNegativeEarnersOverThePricedConstituents() {
        IndexAggregates agg = aggregator.aggregate(INDEX);

        // A, B, C (0.85 of the weight): (0.40 * 2 / 20 + 0.25 * -1 / 50 + 0.20 * 0.8 / 10) / 0.85
        //   = (0.04 - 0.005 + 0.016) / 0.85 = 0.06, so 1 / 0.06 = 16.67
        assertThat(agg.fwdPe().value()).isCloseTo(16.666666666666664, within(1e-9));
        assertThat(agg.fwdPe().coverage()).isCloseTo(0.85, within(1e-12));
        // A, C: (0.04 + 0.016) / 0.60 = 0.09333, so 10.714
        assertThat(agg.fwdPeExNeg().value()).isCloseTo(10.714285714285712, within(1e-9));
        assertThat(agg.fwdPeExNeg().coverage()).isCloseTo(0.60, within(1e-12));
        // A 10 and C 12.5, an even count: (10 + 12.5) / 2
        assertThat(agg.fwdPeMedian().value()).isEqualTo(11.25);
        assertThat(agg.fwdPeMedian().coverage()).isCloseTo(0.60, within(1e-12));
    }

    @Test
    void countsUnprofitableCompaniesByCountAndByWeight() {
        IndexAggregates agg = aggregator.aggregate(INDEX);

        // net income known for A, B, C; B is a loss: 1 / 3 by count, 0.25 / 0.85 by weight
        assertThat(agg.pctUnprofitable().value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(agg.pctUnprofitableWeight().value()).isCloseTo(0.29411764705882354, within(1e-12));
        assertThat(agg.pctUnprofitable().coverage()).isCloseTo(0.85, within(1e-12));
    }

    @Test
    void leavesFinancialsOutOfTheLeverageAggregates() {
        IndexAggregates agg = aggregator.aggregate(INDEX);

        // A and B (D has no EBITDA; C is financial): (160 + 100) / (80 - 10) = 3.714
        assertThat(agg.netDebtEbitda().value()).isCloseTo(3.7142857142857144, within(1e-12));
        assertThat(agg.netDebtEbitda().coverage()).isCloseTo(0.65, within(1e-12));
        // EBITDA > 0: A alone, 160 / 80
        assertThat(agg.netDebtEbitdaMedian().value()).isEqualTo(2.0);
        assertThat(agg.netDebtEbitdaMedian().coverage()).isCloseTo(0.40, within(1e-12));
        // A, B, D: (60 - 20 + 30) / (10 + 5 + 20) = 70 / 35
        assertThat(agg.interestCoverage().value()).isEqualTo(2.0);
        assertThat(agg.interestCoverage().coverage()).isCloseTo(0.80, within(1e-12));
        // B (-4) of A (6), B, D (1.5, not below 1.5)
        assertThat(agg.pctWeakCoverage().value()).isCloseTo(1.0 / 3, within(1e-12));
        // B of A, B (D has two fiscal years only; C is financial)
        assertThat(agg.pctZombies().value()).isEqualTo(0.5);
        assertThat(agg.pctZombies().coverage()).isCloseTo(0.65, within(1e-12));
        // A (20 + 30 of 200) and B (10 + 0 of 100); D has no maturities: 60 / 300
        assertThat(agg.refiWall().value()).isCloseTo(0.2, within(1e-12));
        assertThat(agg.refiWall().coverage()).isCloseTo(0.65, within(1e-12));
        // shock (4.41 + 3.0) / 100 - 0.05 = 0.0241 for A and B, 0 for D (implied 20 / 100 = 0.2):
        // A 10 + 0.0241 * 50 = 11.205, B 5 + 0.0241 * 10 = 5.241, D 20; 70 / 36.446 = 1.92065
        assertThat(agg.rateShockCoverage().value()).isCloseTo(1.9206497283652528, within(1e-12));
        assertThat(agg.rateShockCoverage().coverage()).isCloseTo(0.80, within(1e-12));
    }

    @Test
    void callsANegativeAggregateForwardPeNotMeaningful() {
        Constituent loss = member("LOSS", "Industrials", 0.5, 10.0, -2.0, none(), List.of());
        Constituent gain = member("GAIN", "Industrials", 0.5, 10.0, 1.0, none(), List.of());

        IndexAggregates agg = aggregator.aggregate(List.of(loss, gain));

        // 0.5 * -2 / 10 + 0.5 * 1 / 10 = -0.05 <= 0
        assertThat(agg.fwdPe().value()).isNull();
        assertThat(agg.fwdPe().reason()).isEqualTo("n.m.");
        assertThat(agg.fwdPe().coverage()).isEqualTo(1.0);
        assertThat(agg.fwdPeExNeg().value()).isEqualTo(10.0); // 1 / (1.0 * 1 / 10)
        assertThat(agg.reasons()).containsEntry("fwd_pe", "n.m.");
    }

    @Test
    void leavesAnAggregateWithAnEmptySetEmptyWithCoverage0() {
        Constituent bare = member("BARE", "Industrials", 1.0, 10.0, null, none(), List.of());

        IndexAggregates agg = aggregator.aggregate(List.of(bare));

        assertThat(agg.fwdPe()).isEqualTo(new Aggregate(null, 0.0, Aggregate.EMPTY_SET));
        assertThat(agg.netDebtEbitdaMedian().coverage()).isEqualTo(0.0);
    }

    @Test
    void laysTheFiguresOutUnderTheirFiguresJsonNames() {
        Map<String, Double> figures = aggregator.aggregate(INDEX).figures("RUSSELL_2000");

        assertThat(figures).hasSize(24); // 12 figures and their coverages
        assertThat(figures.get("RUSSELL_2000.fwd_pe")).isCloseTo(16.666666666666664, within(1e-9));
        assertThat(figures.get("RUSSELL_2000.coverage.fwd_pe")).isCloseTo(0.85, within(1e-12));
        assertThat(figures.get("RUSSELL_2000.pct_unprofitable_weight")).isCloseTo(0.29411764705882354, within(1e-12));
        assertThat(figures.get("RUSSELL_2000.coverage.refi_wall")).isCloseTo(0.65, within(1e-12));
        assertThat(figures).containsKeys("RUSSELL_2000.fwd_pe_ex_neg", "RUSSELL_2000.fwd_pe_median",
                "RUSSELL_2000.pct_unprofitable", "RUSSELL_2000.net_debt_ebitda", "RUSSELL_2000.net_debt_ebitda_median",
                "RUSSELL_2000.interest_coverage", "RUSSELL_2000.pct_weak_coverage", "RUSSELL_2000.pct_zombies",
                "RUSSELL_2000.refi_wall", "RUSSELL_2000.rate_shock_coverage");
    }

    @Test
    void aggregatesEachSectorOverItsOwnWeight() {
        Map<String, IndexAggregates> sectors = aggregator.bySector(INDEX);

        assertThat(sectors).containsOnlyKeys("Financials", "Health Care", "Industrials", "Information Technology");
        IndexAggregates financials = sectors.get("Financials");
        assertThat(financials.fwdPe().value()).isCloseTo(12.5, within(1e-12)); // 1 / (1.0 * 0.8 / 10)
        assertThat(financials.fwdPe().coverage()).isEqualTo(1.0);
        assertThat(financials.netDebtEbitda().value()).isNull();               // no non-financial in the set
        assertThat(financials.netDebtEbitda().coverage()).isEqualTo(0.0);
        assertThat(sectors.get("Industrials").interestCoverage().value()).isEqualTo(6.0); // 60 / 10
    }

    @Test
    void takesTheMeanOfTheTwoMiddleValuesOfAnEvenCount() {
        assertThat(IndexAggregator.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5); // (2 + 3) / 2
        assertThat(IndexAggregator.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
    }
}
