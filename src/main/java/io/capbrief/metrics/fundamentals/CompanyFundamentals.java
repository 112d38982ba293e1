package io.capbrief.metrics.fundamentals;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One company's fundamentals as known at a week (METRICS.md section 3); a null field is empty, and
 * every non-null field has its {@link Lineage}.
 *
 * @param latestTtmEnd the latest end among the duration fields' TTMs, null when none has one
 * @param stale the latest TTM ends more than 200 days before the week
 * @param fiscalYears the fiscal years with an annual EBIT fact, latest first
 * @param maturitySchedule null when the company files none of the six maturity concepts
 */
public record CompanyFundamentals(
        Double revenue, Double ebit, Double depreciationAmortization, Double interestExpense, Double netIncome,
        Double totalDebt, Double cash, Double debtDue12Months, Double debtDueYearTwo, Double sharesOutstanding,
        Double ebitda, Double netDebt, MaturitySchedule maturitySchedule,
        LocalDate latestTtmEnd, boolean stale, List<FiscalYear> fiscalYears, Map<Fundamental, Lineage> lineage) {

    public CompanyFundamentals {
        fiscalYears = List.copyOf(fiscalYears);
        lineage = lineage.isEmpty() ? Map.of() : new EnumMap<>(lineage);
    }

    /** Lays out values by field; a field missing from the map is empty. */
    public static CompanyFundamentals of(Map<Fundamental, Double> values, LocalDate latestTtmEnd, boolean stale,
            List<FiscalYear> fiscalYears, Map<Fundamental, Lineage> lineage) {
        return of(values, null, latestTtmEnd, stale, fiscalYears, lineage);
    }

    /** Lays out values by field, with the company's maturity schedule (null when none). */
    public static CompanyFundamentals of(Map<Fundamental, Double> values, MaturitySchedule maturitySchedule,
            LocalDate latestTtmEnd, boolean stale, List<FiscalYear> fiscalYears, Map<Fundamental, Lineage> lineage) {
        return new CompanyFundamentals(
                values.get(Fundamental.REVENUE), values.get(Fundamental.EBIT),
                values.get(Fundamental.DEPRECIATION_AMORTIZATION), values.get(Fundamental.INTEREST_EXPENSE),
                values.get(Fundamental.NET_INCOME), values.get(Fundamental.TOTAL_DEBT), values.get(Fundamental.CASH),
                values.get(Fundamental.DEBT_DUE_12_MONTHS), values.get(Fundamental.DEBT_DUE_YEAR_TWO),
                values.get(Fundamental.SHARES_OUTSTANDING), values.get(Fundamental.EBITDA), values.get(Fundamental.NET_DEBT),
                maturitySchedule, latestTtmEnd, stale, fiscalYears, lineage);
    }

    /** The same fundamentals, stale or not. */
    public CompanyFundamentals withStale(boolean stale) {
        return new CompanyFundamentals(revenue, ebit, depreciationAmortization, interestExpense, netIncome, totalDebt, cash,
                debtDue12Months, debtDueYearTwo, sharesOutstanding, ebitda, netDebt, maturitySchedule, latestTtmEnd, stale,
                fiscalYears, lineage);
    }

    /** The values by field, the inverse of {@link #of}: empty fields are absent. */
    public Map<Fundamental, Double> values() {
        Map<Fundamental, Double> v = new EnumMap<>(Fundamental.class);
        put(v, Fundamental.REVENUE, revenue);
        put(v, Fundamental.EBIT, ebit);
        put(v, Fundamental.DEPRECIATION_AMORTIZATION, depreciationAmortization);
        put(v, Fundamental.INTEREST_EXPENSE, interestExpense);
        put(v, Fundamental.NET_INCOME, netIncome);
        put(v, Fundamental.TOTAL_DEBT, totalDebt);
        put(v, Fundamental.CASH, cash);
        put(v, Fundamental.DEBT_DUE_12_MONTHS, debtDue12Months);
        put(v, Fundamental.DEBT_DUE_YEAR_TWO, debtDueYearTwo);
        put(v, Fundamental.SHARES_OUTSTANDING, sharesOutstanding);
        put(v, Fundamental.EBITDA, ebitda);
        put(v, Fundamental.NET_DEBT, netDebt);
        return v;
    }

    private static void put(Map<Fundamental, Double> values, Fundamental field, Double value) {
        if (value != null) {
            values.put(field, value);
        }
    }

    /** Debt due in 12 months plus in year two, a missing maturity counting 0. */
    public double debtDueInTwoYears() {
        return (debtDue12Months == null ? 0 : debtDue12Months) + (debtDueYearTwo == null ? 0 : debtDueYearTwo);
    }

    /** @return null when the field is empty */
    public Lineage lineage(Fundamental field) {
        return lineage.get(field);
    }
}
