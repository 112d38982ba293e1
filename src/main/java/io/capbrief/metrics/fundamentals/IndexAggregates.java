package io.capbrief.metrics.fundamentals;

import java.util.LinkedHashMap;
import java.util.Map;

/** An index's (or a sector's) aggregates of METRICS.md section 5, each with its coverage; shares are fractions. */
public record IndexAggregates(
        Aggregate fwdPe, Aggregate fwdPeExNeg, Aggregate fwdPeMedian,
        Aggregate pctUnprofitable, Aggregate pctUnprofitableWeight,
        Aggregate netDebtEbitda, Aggregate netDebtEbitdaMedian, Aggregate interestCoverage,
        Aggregate pctWeakCoverage, Aggregate pctZombies, Aggregate refiWall, Aggregate rateShockCoverage) {

    /** Each aggregate under its figures.json name (BRIEFING.md), in the briefing's order. */
    public Map<String, Aggregate> named() {
        Map<String, Aggregate> named = new LinkedHashMap<>();
        named.put("fwd_pe", fwdPe);
        named.put("fwd_pe_ex_neg", fwdPeExNeg);
        named.put("fwd_pe_median", fwdPeMedian);
        named.put("pct_unprofitable", pctUnprofitable);
        named.put("pct_unprofitable_weight", pctUnprofitableWeight);
        named.put("net_debt_ebitda", netDebtEbitda);
        named.put("net_debt_ebitda_median", netDebtEbitdaMedian);
        named.put("interest_coverage", interestCoverage);
        named.put("pct_weak_coverage", pctWeakCoverage);
        named.put("pct_zombies", pctZombies);
        named.put("refi_wall", refiWall);
        named.put("rate_shock_coverage", rateShockCoverage);
        return named;
    }

    /** {@code <prefix>.<figure>} and {@code <prefix>.coverage.<figure>}, e.g. "RUSSELL_2000.fwd_pe"; empty figures as null. */
    public Map<String, Double> figures(String prefix) {
        Map<String, Aggregate> named = named();
        Map<String, Double> figures = new LinkedHashMap<>();
        named.forEach((name, a) -> figures.put(prefix + "." + name, a.value()));
        named.forEach((name, a) -> figures.put(prefix + ".coverage." + name, a.coverage()));
        return figures;
    }

    /** Why each empty figure is empty, by figures.json name, for the data-quality section. */
    public Map<String, String> reasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        named().forEach((name, a) -> {
            if (a.value() == null) {
                reasons.put(name, a.reason());
            }
        });
        return reasons;
    }
}
