package io.capbrief.metrics.fundamentals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.capbrief.model.CompanyFact;

/**
 * A company's maturity schedule (METRICS.md section 4): the six maturity fields at one period end E,
 * the latest end among them, a field with no value at E counting 0.
 *
 * @param due the amounts due by bucket, in the order of {@link #BUCKETS}
 */
public record MaturitySchedule(LocalDate end, List<Double> due, Lineage lineage) {

    /** The buckets' figures.json names: 12 months, years two to five, after year five. */
    public static final List<String> BUCKETS = List.of("y1", "y2", "y3", "y4", "y5", "after5");

    /** One concept per bucket (METRICS.md section 3); the first two are also the instant fields of {@link Fundamental}. */
    static final List<String> CONCEPTS = List.of(
            Fundamental.DEBT_DUE_12_MONTHS.concepts().get(0),
            Fundamental.DEBT_DUE_YEAR_TWO.concepts().get(0),
            "LongTermDebtMaturitiesRepaymentsOfPrincipalInYearThree",
            "LongTermDebtMaturitiesRepaymentsOfPrincipalInYearFour",
            "LongTermDebtMaturitiesRepaymentsOfPrincipalInYearFive",
            "LongTermDebtMaturitiesRepaymentsOfPrincipalAfterYearFive");

    public MaturitySchedule {
        due = List.copyOf(due);
        if (due.size() != BUCKETS.size()) {
            throw new IllegalArgumentException("a maturity schedule has " + BUCKETS.size() + " buckets, not " + due.size());
        }
    }

    /** The amount due in bucket {@code bucket} (an index into {@link #BUCKETS}). */
    public double due(int bucket) {
        return due.get(bucket);
    }

    /** Every bucket summed: above total debt, the debt was read from too few concepts. */
    public double total() {
        return due.stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * One E for all six, as total debt takes one E for its parts: a bucket a filing stopped reporting
     * counts 0 rather than carrying an older schedule's amount into the newer one.
     *
     * @return null when none of the six concepts has a fact
     */
    static MaturitySchedule of(KnownFacts known) {
        LocalDate e = CONCEPTS.stream()
                .flatMap(concept -> known.of(concept).stream())
                .map(CompanyFact::end)
                .max(LocalDate::compareTo)
                .orElse(null);
        if (e == null) {
            return null;
        }
        List<Double> due = new ArrayList<>();
        List<CompanyFact> used = new ArrayList<>();
        for (String concept : CONCEPTS) {
            CompanyFact fact = known.of(concept).stream().filter(f -> f.end().equals(e)).max(Ttm.LATEST).orElse(null);
            due.add(fact == null ? 0 : fact.value());
            if (fact != null) {
                used.add(fact);
            }
        }
        return new MaturitySchedule(e, due, new Lineage(String.join(" + ", CONCEPTS), used,
                "at " + e + ", the latest end among the six, a bucket missing there counting 0"));
    }
}
