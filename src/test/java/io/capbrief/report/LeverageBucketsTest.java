package io.capbrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.capbrief.report.Briefing.CompanyRow;
import io.capbrief.report.LeverageBuckets.Bucket;

import org.junit.jupiter.api.Test;

class LeverageBucketsTest {

    private static CompanyRow company(String index, String sector, Double ebitda, Double netDebtToEbitda, Double coverage) {
        return new CompanyRow(index, "T", "Name", sector, 0.01, null, null, null, null, null, null, null, ebitda, null, null,
                null, null, null, netDebtToEbitda, coverage, null, null, null, null, null, null, null, null, false, "");
    }

    // Russell 2000 non-financials: coverage 0.5, 1.0, 1.49, 1.5, 5.0, 5.01 and one without interest expense;
    // a bank (coverage 0.2) and an S&P 500 company (0.1) are outside the set.
    private static final List<CompanyRow> COMPANIES = List.of(
            company("RUSSELL_2000", "Industrials", 10.0, 0.5, 0.5),
            company("RUSSELL_2000", "Industrials", 10.0, -0.3, 1.0),
            company("RUSSELL_2000", "Health Care", 10.0, 1.0, 1.49),
            company("RUSSELL_2000", "Health Care", 10.0, 4.99, 1.5),
            company("RUSSELL_2000", null, 10.0, 5.0, 5.0),
            company("RUSSELL_2000", "Energy", 10.0, 2.0, 5.01),
            company("RUSSELL_2000", "Energy", -4.0, null, null),
            company("RUSSELL_2000", "Financials", 10.0, 9.0, 0.2),
            company("SP_500", "Industrials", 10.0, 9.0, 0.1));

    @Test
    void interestCoverageBucketsCountTheIndexsNonFinancialsWithCoverageDefined() {
        // six companies with coverage: <1 {0.5}, 1-1.5 {1.0, 1.49}, 1.5-3 {1.5}, 3-5 {5.0}, >5 {5.01}
        assertThat(LeverageBuckets.interestCoverage(COMPANIES, "RUSSELL_2000")).containsExactly(
                new Bucket("<1", 1, 1 / 6.0),
                new Bucket("1\u20131.5", 2, 2 / 6.0),
                new Bucket("1.5\u20133", 1, 1 / 6.0),
                new Bucket("3\u20135", 1, 1 / 6.0),
                new Bucket(">5", 1, 1 / 6.0));
    }

    @Test
    void netDebtToEbitdaBucketsKeepTheEbitdaNegativeCompaniesInTheirOwnBucket() {
        // seven companies: net cash {-0.3}, 0-1x {0.5}, 1-2x {1.0}, 2-3x {2.0}, 4-5x {4.99}, >5x {5.0}, EBITDA <= 0 {-4}
        assertThat(LeverageBuckets.netDebtToEbitda(COMPANIES, "RUSSELL_2000")).containsExactly(
                new Bucket("Net cash", 1, 1 / 7.0),
                new Bucket("0\u20131x", 1, 1 / 7.0),
                new Bucket("1\u20132x", 1, 1 / 7.0),
                new Bucket("2\u20133x", 1, 1 / 7.0),
                new Bucket("3\u20134x", 0, 0.0),
                new Bucket("4\u20135x", 1, 1 / 7.0),
                new Bucket(">5x", 1, 1 / 7.0),
                new Bucket("EBITDA \u2264 0", 1, 1 / 7.0));
    }

    @Test
    void anIndexWithoutCompaniesHasEmptyShares() {
        assertThat(LeverageBuckets.interestCoverage(COMPANIES, "NASDAQ_COMPOSITE"))
                .extracting(Bucket::share).containsOnlyNulls();
    }
}
