package io.capbrief.metrics.fundamentals;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Constituent fixtures whose metrics come from the real calculator (week 2024-11-22, 10-year yield 4.41, spread 3.0). */
final class Members {

    static final LocalDate WEEK = LocalDate.of(2024, 11, 22);

    private Members() {}

    static Constituent member(String ticker, String sector, double weight, Double price, Double ntmEps,
            Map<Fundamental, Double> values, List<FiscalYear> years) {
        CompanyFundamentals f = CompanyFundamentals.of(values, null, false, years, Map.of());
        Estimate estimate = ntmEps == null ? null : new Estimate(WEEK, null, null, null, ntmEps);
        return new Constituent(ticker, sector, weight, new CompanyMetricsCalculator().compute(f, WEEK, price, estimate, 4.41), f);
    }

    /** EBITDA and net debt follow from the other values as TtmDeriver makes them (cash missing counting 0). */
    static Map<Fundamental, Double> values(Double netIncome, Double ebit, Double da, Double interest, Double debt,
            Double cash, Double due12, Double due2) {
        Map<Fundamental, Double> v = new EnumMap<>(Fundamental.class);
        put(v, Fundamental.NET_INCOME, netIncome);
        put(v, Fundamental.EBIT, ebit);
        put(v, Fundamental.DEPRECIATION_AMORTIZATION, da);
        put(v, Fundamental.EBITDA, ebit == null || da == null ? null : ebit + da);
        put(v, Fundamental.INTEREST_EXPENSE, interest);
        put(v, Fundamental.TOTAL_DEBT, debt);
        put(v, Fundamental.CASH, cash);
        put(v, Fundamental.NET_DEBT, debt == null ? null : debt - (cash == null ? 0 : cash));
        put(v, Fundamental.DEBT_DUE_12_MONTHS, due12);
        put(v, Fundamental.DEBT_DUE_YEAR_TWO, due2);
        return v;
    }

    static Map<Fundamental, Double> none() {
        return values(null, null, null, null, null, null, null, null);
    }

    private static void put(Map<Fundamental, Double> values, Fundamental field, Double value) {
        if (value != null) {
            values.put(field, value);
        }
    }
}
