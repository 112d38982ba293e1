package io.capbrief.metrics.fundamentals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An index's (or a sector's) aggregates of METRICS.md section 5, each with its coverage; shares are fractions.
 *
 * @param maturity and {@code maturityUsd}: the maturity wall by {@link MaturitySchedule#BUCKETS}, as a share of
 *        total debt and in USD
 */
public record IndexAggregates(
        Aggregate fwdPe, Aggregate fwdPeExNeg, Aggregate fwdPeMedian,
        Aggregate pctUnprofitable, Aggregate pctUnprofitableWeight,
        Aggregate netDebtEbitda, Aggregate netDebtEbitdaMedian, Aggregate interestCoverage,
        Aggregate pctWeakCoverage, Aggregate pctZombies, Aggregate refiWall, Aggregate rateShockCoverage,
        Aggregate effectiveRate, List<Aggregate> maturity, List<Aggregate> maturityUsd) {

    /** The suffix of a figure's value under the coverage floor in figures.json: "RUSSELL_2000.fwd_pe.low_coverage". */
    public static final String LOW_COVERAGE = ".low_coverage";

    public IndexAggregates {
        maturity = List.copyOf(maturity);
        maturityUsd = List.copyOf(maturityUsd);
    }

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

    /**
     * The cost and maturity of debt (issue 13) under their figures.json names: {@code effective_rate},
     * {@code maturity.y1} ... {@code maturity.after5}, {@code maturity_usd.y1} ...; kept apart from
     * {@link #named()}, which the PDF and workbook lay out, until they show these too.
     */
    public Map<String, Aggregate> debtProfile() {
        Map<String, Aggregate> named = new LinkedHashMap<>();
        named.put("effective_rate", effectiveRate);
        for (int b = 0; b < MaturitySchedule.BUCKETS.size(); b++) {
            named.put("maturity." + MaturitySchedule.BUCKETS.get(b), maturity.get(b));
        }
        for (int b = 0; b < MaturitySchedule.BUCKETS.size(); b++) {
            named.put("maturity_usd." + MaturitySchedule.BUCKETS.get(b), maturityUsd.get(b));
        }
        return named;
    }

    /** These aggregates with each one under the coverage floor made "n.s." ({@link Aggregate#floored}). */
    public IndexAggregates floored(double floor) {
        return new IndexAggregates(fwdPe.floored(floor), fwdPeExNeg.floored(floor), fwdPeMedian.floored(floor),
                pctUnprofitable.floored(floor), pctUnprofitableWeight.floored(floor), netDebtEbitda.floored(floor),
                netDebtEbitdaMedian.floored(floor), interestCoverage.floored(floor), pctWeakCoverage.floored(floor),
                pctZombies.floored(floor), refiWall.floored(floor), rateShockCoverage.floored(floor), effectiveRate.floored(floor),
                maturity.stream().map(a -> a.floored(floor)).toList(), maturityUsd.stream().map(a -> a.floored(floor)).toList());
    }

    /**
     * {@code <prefix>.<figure>} and {@code <prefix>.coverage.<figure>}, e.g. "RUSSELL_2000.fwd_pe"; empty figures as
     * null, and a figure under the coverage floor as null with its value under {@code <prefix>.<figure>.low_coverage}.
     */
    public Map<String, Double> figures(String prefix) {
        return figures(prefix, named());
    }

    /** {@link #debtProfile()} laid out as {@link #figures(String)} lays out {@link #named()}. */
    public Map<String, Double> debtProfileFigures(String prefix) {
        return figures(prefix, debtProfile());
    }

    /** Why each empty figure is empty, by figures.json name, for the data-quality section. */
    public Map<String, String> reasons() {
        return reasons(named());
    }

    /** Why each empty figure of {@link #debtProfile()} is empty. */
    public Map<String, String> debtProfileReasons() {
        return reasons(debtProfile());
    }

    private static Map<String, Double> figures(String prefix, Map<String, Aggregate> named) {
        Map<String, Double> figures = new LinkedHashMap<>();
        named.forEach((name, a) -> figures.put(prefix + "." + name, a.value()));
        named.forEach((name, a) -> figures.put(prefix + ".coverage." + name, a.coverage()));
        named.forEach((name, a) -> {
            if (a.lowCoverage() != null) {
                figures.put(prefix + "." + name + LOW_COVERAGE, a.lowCoverage());
            }
        });
        return figures;
    }

    private static Map<String, String> reasons(Map<String, Aggregate> named) {
        Map<String, String> reasons = new LinkedHashMap<>();
        named.forEach((name, a) -> {
            if (a.value() == null) {
                reasons.put(name, a.reason());
            }
        });
        return reasons;
    }
}
