package io.capbrief.metrics.fundamentals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Computes one company's metrics (METRICS.md section 4) from its fundamentals, price and estimate at a week. */
public final class CompanyMetricsCalculator {

    public static final double DEFAULT_CREDIT_SPREAD = 3.0;

    static final String NEGATIVE_FORWARD_EARNINGS = "negative forward earnings";
    static final String EBITDA_NEGATIVE = "EBITDA-negative";
    static final String NO_ESTIMATE = "no estimate dated on or before the week";

    private static final double DAYS_PER_YEAR = 365.25;

    public CompanyMetrics compute(CompanyFundamentals f, LocalDate week, Double price, Estimate estimate, Double tenYearYield) {
        return compute(f, week, price, estimate, tenYearYield, DEFAULT_CREDIT_SPREAD);
    }

    /**
     * @param price the close at the week, null when unknown
     * @param estimate the latest estimate known at the week ({@link Estimate#latestKnown}); one dated later counts as none
     * @param tenYearYield and {@code creditSpread}: in percent (4.41, 3.0)
     */
    public CompanyMetrics compute(CompanyFundamentals f, LocalDate week, Double price, Estimate estimate,
            Double tenYearYield, double creditSpread) {
        Map<Metric, String> why = new EnumMap<>(Metric.class);
        Double px = price != null && price > 0 ? price : null;

        Double marketCap = px == null ? empty(why, Metric.MARKET_CAP, "no price")
                : f.sharesOutstanding() == null ? empty(why, Metric.MARKET_CAP, "no shares outstanding")
                : px * f.sharesOutstanding();
        Double ntmEps = ntmEps(estimate, week, why);
        Double forwardPe = px == null ? empty(why, Metric.FORWARD_PE, "no price")
                : ntmEps == null ? empty(why, Metric.FORWARD_PE, why.get(Metric.NTM_EPS))
                : ntmEps <= 0 ? empty(why, Metric.FORWARD_PE, NEGATIVE_FORWARD_EARNINGS)
                : px / ntmEps;
        Double netIncome = f.netIncome();
        Double trailingPe = marketCap == null ? empty(why, Metric.TRAILING_PE, why.get(Metric.MARKET_CAP))
                : netIncome == null ? empty(why, Metric.TRAILING_PE, "no net income")
                : netIncome <= 0 ? empty(why, Metric.TRAILING_PE, "net income <= 0")
                : marketCap / netIncome;
        Double leverage = f.netDebt() == null ? empty(why, Metric.NET_DEBT_TO_EBITDA, "no total debt")
                : f.ebitda() == null ? empty(why, Metric.NET_DEBT_TO_EBITDA, f.ebit() == null ? "no EBIT" : "no D&A")
                : f.ebitda() <= 0 ? empty(why, Metric.NET_DEBT_TO_EBITDA, EBITDA_NEGATIVE)
                : f.netDebt() / f.ebitda();
        Double interest = f.interestExpense();
        Double coverage = f.ebit() == null ? empty(why, Metric.INTEREST_COVERAGE, "no EBIT")
                : interest == null ? empty(why, Metric.INTEREST_COVERAGE, "no interest expense")
                : interest <= 0 ? empty(why, Metric.INTEREST_COVERAGE, "interest expense <= 0")
                : f.ebit() / interest;
        Double debt = f.totalDebt();
        String noDebt = debt == null ? "no total debt" : debt <= 0 ? "total debt <= 0" : null;
        Double impliedRate = interest == null ? empty(why, Metric.IMPLIED_RATE, "no interest expense")
                : noDebt != null ? empty(why, Metric.IMPLIED_RATE, noDebt)
                : interest / debt;
        boolean noMaturities = f.debtDue12Months() == null && f.debtDueYearTwo() == null;
        double maturities = f.debtDueInTwoYears();
        Double nearTerm = noDebt != null ? empty(why, Metric.NEAR_TERM_MATURITIES, noDebt)
                : noMaturities ? empty(why, Metric.NEAR_TERM_MATURITIES, "no debt maturities")
                : maturities / debt;
        Boolean unprofitable = netIncome == null ? empty(why, Metric.UNPROFITABLE, "no net income") : netIncome < 0;
        Boolean zombie = zombie(f.fiscalYears(), why);
        Double rateShock = impliedRate == null ? empty(why, Metric.RATE_SHOCK, why.get(Metric.IMPLIED_RATE))
                : tenYearYield == null ? empty(why, Metric.RATE_SHOCK, "no 10-year yield")
                : Math.max(0, (tenYearYield + creditSpread) / 100 - impliedRate);
        // the maturities count 0 when missing here, as they do in near-term maturities
        Double shockInterest = rateShock == null ? empty(why, Metric.RATE_SHOCK_INTEREST, why.get(Metric.RATE_SHOCK))
                : interest + rateShock * maturities;
        Double shockCoverage = shockInterest == null ? empty(why, Metric.RATE_SHOCK_COVERAGE, why.get(Metric.RATE_SHOCK_INTEREST))
                : f.ebit() == null ? empty(why, Metric.RATE_SHOCK_COVERAGE, "no EBIT")
                : shockInterest <= 0 ? empty(why, Metric.RATE_SHOCK_COVERAGE, "rate-shock interest <= 0")
                : f.ebit() / shockInterest;
        return new CompanyMetrics(px, marketCap, ntmEps, forwardPe, trailingPe, leverage, coverage, impliedRate, nearTerm,
                unprofitable, zombie, rateShock, shockInterest, shockCoverage, why);
    }

    /** The NTM EPS of section 4 as of any date, e.g. 13 weeks before the week; null when empty. */
    public static Double ntmEps(Estimate estimate, LocalDate date) {
        return ntmEps(estimate, date, new EnumMap<>(Metric.class));
    }

    /** The estimate's NTM EPS, else a = clamp(days from the week to FY1's end / 365.25, 0, 1) of FY1 and the rest of FY2. */
    private static Double ntmEps(Estimate estimate, LocalDate week, Map<Metric, String> why) {
        if (estimate == null || estimate.asOf().isAfter(week)) {
            return empty(why, Metric.NTM_EPS, NO_ESTIMATE);
        }
        if (estimate.ntmEps() != null) {
            return estimate.ntmEps();
        }
        if (estimate.fiscalYearEnd() == null) {
            return empty(why, Metric.NTM_EPS, "estimate has neither NTM EPS nor a fiscal year end");
        }
        double a = Math.min(1, Math.max(0, ChronoUnit.DAYS.between(week, estimate.fiscalYearEnd()) / DAYS_PER_YEAR));
        // a year with no weight need not be given: FY1 once its year has ended, FY2 a full year ahead
        if ((a > 0 && estimate.fy1Eps() == null) || (a < 1 && estimate.fy2Eps() == null)) {
            return empty(why, Metric.NTM_EPS, "estimate lacks the FY1 or FY2 EPS the blend needs");
        }
        return (a > 0 ? a * estimate.fy1Eps() : 0) + (a < 1 ? (1 - a) * estimate.fy2Eps() : 0);
    }

    /** Yes when each of the three latest fiscal years has EBIT / interest < 1 with interest > 0; no when any fails. */
    private static Boolean zombie(List<FiscalYear> years, Map<Metric, String> why) {
        if (years.size() < 3) {
            return empty(why, Metric.ZOMBIE, "fewer than three fiscal years with annual EBIT");
        }
        return years.subList(0, 3).stream()
                .allMatch(y -> y.interestExpense() != null && y.interestExpense() > 0 && y.ebit() / y.interestExpense() < 1);
    }

    private static <T> T empty(Map<Metric, String> why, Metric metric, String reason) {
        why.put(metric, reason);
        return null;
    }
}
