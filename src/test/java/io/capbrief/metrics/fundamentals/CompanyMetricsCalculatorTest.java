package io.capbrief.metrics.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CompanyMetricsCalculatorTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);
    private static final double YIELD = 4.41;
    private static final Estimate NTM_2 = new Estimate(LocalDate.of(2024, 11, 15), null, null, null, 2.0);

    private final CompanyMetricsCalculator calculator = new CompanyMetricsCalculator();

    /** A healthy company: price 25, 10M shares, net income 12.5M, net debt 80M, EBITDA 40M, interest 5M. */
    private static Map<Fundamental, Double> healthy() {
        Map<Fundamental, Double> v = new EnumMap<>(Fundamental.class);
        v.put(Fundamental.SHARES_OUTSTANDING, 10_000_000.0);
        v.put(Fundamental.NET_INCOME, 12_500_000.0);
        v.put(Fundamental.EBIT, 30_000_000.0);
        v.put(Fundamental.DEPRECIATION_AMORTIZATION, 10_000_000.0);
        v.put(Fundamental.EBITDA, 40_000_000.0);
        v.put(Fundamental.INTEREST_EXPENSE, 5_000_000.0);
        v.put(Fundamental.TOTAL_DEBT, 100_000_000.0);
        v.put(Fundamental.CASH, 20_000_000.0);
        v.put(Fundamental.NET_DEBT, 80_000_000.0);
        v.put(Fundamental.DEBT_DUE_12_MONTHS, 10_000_000.0);
        v.put(Fundamental.DEBT_DUE_YEAR_TWO, 15_000_000.0);
        return v;
    }

    private static CompanyFundamentals fundamentals(Map<Fundamental, Double> values, FiscalYear... years) {
        return CompanyFundamentals.of(values, null, false, List.of(years), Map.of());
    }

    private CompanyMetrics compute(Map<Fundamental, Double> values, Double price, Estimate estimate) {
        return calculator.compute(fundamentals(values), WEEK, price, estimate, YIELD);
    }

    @Test
    void computesEveryMetricOfAHealthyCompany() {
        CompanyMetrics m = compute(healthy(), 25.0, NTM_2);

        assertThat(m.marketCap()).isEqualTo(250_000_000.0);        // 25 * 10M
        assertThat(m.ntmEps()).isEqualTo(2.0);                      // given directly
        assertThat(m.forwardPe()).isEqualTo(12.5);                  // 25 / 2
        assertThat(m.trailingPe()).isEqualTo(20.0);                 // 250M / 12.5M
        assertThat(m.netDebtToEbitda()).isEqualTo(2.0);             // 80M / 40M
        assertThat(m.interestCoverage()).isEqualTo(6.0);            // 30M / 5M
        assertThat(m.impliedRate()).isEqualTo(0.05);                // 5M / 100M
        assertThat(m.nearTermMaturities()).isEqualTo(0.25);         // (10M + 15M) / 100M
        assertThat(m.unprofitable()).isFalse();
        // (4.41 + 3.0) / 100 - 0.05 = 0.0241
        assertThat(m.rateShock()).isCloseTo(0.0241, within(1e-12));
        // 5M + 0.0241 * 25M = 5,602,500
        assertThat(m.rateShockInterest()).isCloseTo(5_602_500.0, within(1e-6));
        // 30M / 5,602,500 = 5.35475234...
        assertThat(m.rateShockCoverage()).isCloseTo(5.35475234270415, within(1e-12));
        assertThat(m.reasons()).containsOnlyKeys(Metric.ZOMBIE);
    }

    @Test
    void takesTheCreditSpreadAsConfigured() {
        CompanyMetrics m = calculator.compute(fundamentals(healthy()), WEEK, 25.0, NTM_2, YIELD, 2.0);

        assertThat(m.rateShock()).isCloseTo(0.0141, within(1e-12)); // (4.41 + 2.0) / 100 - 0.05
    }

    @Test
    void blendsFy1AndFy2ByTheShareOfAYearLeftInFy1() {
        Estimate estimate = new Estimate(LocalDate.of(2024, 11, 20), LocalDate.of(2025, 1, 31), 2.0, 3.0, null);

        CompanyMetrics m = compute(healthy(), 25.0, estimate);

        // 2024-11-22 to 2025-01-31 = 70 days, a = 70 / 365.25 = 0.191649555...
        // 0.191649555 * 2.0 + 0.808350445 * 3.0 = 2.808350445
        assertThat(m.ntmEps()).isCloseTo(2.8083504449007526, within(1e-12));
        assertThat(m.forwardPe()).isCloseTo(8.902022910065806, within(1e-12)); // 25 / 2.808350445
    }

    @Test
    void clampsTheBlendToFy2AfterFy1EndsAndToFy1AYearOrMoreAhead() {
        Estimate fy1Over = new Estimate(LocalDate.of(2024, 11, 20), LocalDate.of(2024, 9, 30), null, 3.0, null);
        Estimate fy1Far = new Estimate(LocalDate.of(2024, 11, 20), LocalDate.of(2026, 1, 31), 2.0, null, null);

        assertThat(compute(healthy(), 25.0, fy1Over).ntmEps()).isEqualTo(3.0); // a = clamp(-53 / 365.25) = 0
        assertThat(compute(healthy(), 25.0, fy1Far).ntmEps()).isEqualTo(2.0);  // a = clamp(435 / 365.25) = 1
    }

    @Test
    void leavesNtmEpsAndForwardPeEmptyWithoutAnEstimateKnownAtTheWeek() {
        Estimate later = new Estimate(LocalDate.of(2024, 11, 25), null, null, null, 2.0);

        for (Estimate estimate : new Estimate[] {null, later}) {
            CompanyMetrics m = compute(healthy(), 25.0, estimate);
            assertThat(m.ntmEps()).isNull();
            assertThat(m.forwardPe()).isNull();
            assertThat(m.reason(Metric.FORWARD_PE)).isEqualTo(CompanyMetricsCalculator.NO_ESTIMATE);
            assertThat(m.trailingPe()).isEqualTo(20.0);
        }
    }

    @Test
    void flagsNegativeOrZeroForwardEarnings() {
        Estimate negative = new Estimate(LocalDate.of(2024, 11, 15), null, null, null, -0.5);
        Estimate zero = new Estimate(LocalDate.of(2024, 11, 15), null, null, null, 0.0);

        CompanyMetrics m = compute(healthy(), 25.0, negative);

        assertThat(m.ntmEps()).isEqualTo(-0.5);
        assertThat(m.forwardPe()).isNull();
        assertThat(m.reason(Metric.FORWARD_PE)).isEqualTo("negative forward earnings");
        assertThat(compute(healthy(), 25.0, zero).reason(Metric.FORWARD_PE)).isEqualTo("negative forward earnings");
    }

    @Test
    void leavesPriceBasedMetricsEmptyWithoutAPrice() {
        CompanyMetrics m = compute(healthy(), null, NTM_2);

        assertThat(m.marketCap()).isNull();
        assertThat(m.forwardPe()).isNull();
        assertThat(m.trailingPe()).isNull();
        assertThat(m.reason(Metric.TRAILING_PE)).isEqualTo("no price");
        assertThat(m.netDebtToEbitda()).isEqualTo(2.0);
    }

    @Test
    void leavesMarketCapEmptyWithoutShares() {
        Map<Fundamental, Double> v = healthy();
        v.remove(Fundamental.SHARES_OUTSTANDING);

        CompanyMetrics m = compute(v, 25.0, NTM_2);

        assertThat(m.marketCap()).isNull();
        assertThat(m.reason(Metric.MARKET_CAP)).isEqualTo("no shares outstanding");
        assertThat(m.forwardPe()).isEqualTo(12.5); // shares cancel out of it
    }

    @Test
    void marksALossMakerUnprofitableWithoutATrailingPe() {
        Map<Fundamental, Double> v = healthy();
        v.put(Fundamental.NET_INCOME, -1_000_000.0);

        CompanyMetrics m = compute(v, 25.0, NTM_2);

        assertThat(m.unprofitable()).isTrue();
        assertThat(m.trailingPe()).isNull();
        assertThat(m.reason(Metric.TRAILING_PE)).isEqualTo("net income <= 0");
    }

    @Test
    void leavesUnprofitableEmptyWithoutNetIncome() {
        Map<Fundamental, Double> v = healthy();
        v.remove(Fundamental.NET_INCOME);

        assertThat(compute(v, 25.0, NTM_2).unprofitable()).isNull();
    }

    @Test
    void flagsANegativeEbitda() {
        Map<Fundamental, Double> v = healthy();
        v.put(Fundamental.EBIT, -15_000_000.0);
        v.put(Fundamental.EBITDA, -5_000_000.0); // -15M + 10M

        CompanyMetrics m = compute(v, 25.0, NTM_2);

        assertThat(m.netDebtToEbitda()).isNull();
        assertThat(m.reason(Metric.NET_DEBT_TO_EBITDA)).isEqualTo("EBITDA-negative");
        assertThat(m.interestCoverage()).isEqualTo(-3.0); // -15M / 5M: a negative coverage is still defined
    }

    @Test
    void saysWhyLeverageIsEmptyWithoutDAndA() {
        Map<Fundamental, Double> v = healthy();
        v.remove(Fundamental.DEPRECIATION_AMORTIZATION);
        v.remove(Fundamental.EBITDA);

        assertThat(compute(v, 25.0, NTM_2).reason(Metric.NET_DEBT_TO_EBITDA)).isEqualTo("no D&A");
    }

    @Test
    void leavesCoverageEmptyForZeroInterestButStillShocksTheRate() {
        Map<Fundamental, Double> v = healthy();
        v.put(Fundamental.INTEREST_EXPENSE, 0.0);

        CompanyMetrics m = compute(v, 25.0, NTM_2);

        assertThat(m.interestCoverage()).isNull();
        assertThat(m.reason(Metric.INTEREST_COVERAGE)).isEqualTo("interest expense <= 0");
        assertThat(m.impliedRate()).isEqualTo(0.0);                           // 0 / 100M
        assertThat(m.rateShock()).isCloseTo(0.0741, within(1e-12));             // (4.41 + 3.0) / 100 - 0
        assertThat(m.rateShockInterest()).isCloseTo(1_852_500.0, within(1e-6)); // 0 + 0.0741 * 25M
        assertThat(m.rateShockCoverage()).isCloseTo(16.194331983805668, within(1e-12)); // 30M / 1,852,500
    }

    @Test
    void leavesTheRateShockEmptyWithoutInterestOrDebt() {
        Map<Fundamental, Double> noInterest = healthy();
        noInterest.remove(Fundamental.INTEREST_EXPENSE);
        Map<Fundamental, Double> noDebt = healthy();
        noDebt.put(Fundamental.TOTAL_DEBT, 0.0);

        CompanyMetrics m = compute(noInterest, 25.0, NTM_2);

        assertThat(m.impliedRate()).isNull();
        assertThat(m.rateShock()).isNull();
        assertThat(m.rateShockInterest()).isNull();
        assertThat(m.rateShockCoverage()).isNull();
        assertThat(m.reason(Metric.RATE_SHOCK_COVERAGE)).isEqualTo("no interest expense");
        assertThat(compute(noDebt, 25.0, NTM_2).reason(Metric.IMPLIED_RATE)).isEqualTo("total debt <= 0");
        assertThat(compute(noDebt, 25.0, NTM_2).nearTermMaturities()).isNull();
    }

    @Test
    void floorsTheRateShockAt0WhenTheImpliedRateIsAboveTheMarket() {
        Map<Fundamental, Double> v = healthy();
        v.put(Fundamental.INTEREST_EXPENSE, 9_000_000.0); // implied 0.09 > 0.0741

        CompanyMetrics m = compute(v, 25.0, NTM_2);

        assertThat(m.rateShock()).isEqualTo(0.0);
        assertThat(m.rateShockInterest()).isEqualTo(9_000_000.0);               // 9M + 0 * 25M
        assertThat(m.rateShockCoverage()).isCloseTo(3.3333333333333335, within(1e-12)); // 30M / 9M
    }

    @Test
    void countsAMissingMaturityAs0AndLeavesBothMissingEmpty() {
        Map<Fundamental, Double> oneMissing = healthy();
        oneMissing.remove(Fundamental.DEBT_DUE_YEAR_TWO);
        Map<Fundamental, Double> bothMissing = healthy();
        bothMissing.remove(Fundamental.DEBT_DUE_YEAR_TWO);
        bothMissing.remove(Fundamental.DEBT_DUE_12_MONTHS);

        CompanyMetrics one = compute(oneMissing, 25.0, NTM_2);
        CompanyMetrics both = compute(bothMissing, 25.0, NTM_2);

        assertThat(one.nearTermMaturities()).isEqualTo(0.1);                  // (10M + 0) / 100M
        assertThat(one.rateShockInterest()).isCloseTo(5_241_000.0, within(1e-6)); // 5M + 0.0241 * 10M
        assertThat(both.nearTermMaturities()).isNull();
        assertThat(both.reason(Metric.NEAR_TERM_MATURITIES)).isEqualTo("no debt maturities");
        assertThat(both.rateShockInterest()).isEqualTo(5_000_000.0);          // 5M + 0.0241 * 0
    }

    private static FiscalYear year(int year, double ebit, Double interest) {
        return new FiscalYear(LocalDate.of(year, 12, 31), ebit, interest);
    }

    @Test
    void callsAZombieWhenEachOfTheThreeLatestYearsCoversInterestLessThanOnce() {
        // 40 / 50 = 0.8, 30 / 60 = 0.5, 20 / 25 = 0.8: all < 1; 2020 (100 / 10) is not among the latest three
        CompanyFundamentals f = fundamentals(healthy(),
                year(2023, 40, 50.0), year(2022, 30, 60.0), year(2021, 20, 25.0), year(2020, 100, 10.0));

        assertThat(calculator.compute(f, WEEK, 25.0, NTM_2, YIELD).zombie()).isTrue();
    }

    @Test
    void callsNoZombieWhenAnyOfTheThreeYearsFails() {
        // 60 / 60 = 1.0 is not < 1
        CompanyFundamentals covered = fundamentals(healthy(), year(2023, 40, 50.0), year(2022, 60, 60.0), year(2021, 20, 25.0));
        // no interest in 2022: "with interest expense > 0" fails
        CompanyFundamentals noInterest = fundamentals(healthy(), year(2023, 40, 50.0), year(2022, 30, null), year(2021, 20, 25.0));

        assertThat(calculator.compute(covered, WEEK, 25.0, NTM_2, YIELD).zombie()).isFalse();
        assertThat(calculator.compute(noInterest, WEEK, 25.0, NTM_2, YIELD).zombie()).isFalse();
    }

    @Test
    void leavesZombieEmptyWithFewerThanThreeYears() {
        CompanyFundamentals f = fundamentals(healthy(), year(2023, 40, 50.0), year(2022, 30, 60.0));

        CompanyMetrics m = calculator.compute(f, WEEK, 25.0, NTM_2, YIELD);

        assertThat(m.zombie()).isNull();
        assertThat(m.reason(Metric.ZOMBIE)).isEqualTo("fewer than three fiscal years with annual EBIT");
    }

    @Test
    void picksTheLatestEstimateDatedOnOrBeforeTheWeek() {
        Estimate early = new Estimate(LocalDate.of(2024, 11, 1), null, null, null, 1.0);
        Estimate onTheWeek = new Estimate(WEEK, null, null, null, 2.0);
        Estimate after = new Estimate(LocalDate.of(2024, 11, 29), null, null, null, 3.0);

        assertThat(Estimate.latestKnown(List.of(onTheWeek, after, early), WEEK)).isSameAs(onTheWeek);
        assertThat(Estimate.latestKnown(List.of(after), WEEK)).isNull();
    }
}
