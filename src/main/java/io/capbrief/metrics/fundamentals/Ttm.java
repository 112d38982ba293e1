package io.capbrief.metrics.fundamentals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import io.capbrief.model.CompanyFact;

/** The trailing-twelve-months rules 1 to 4 of METRICS.md section 3 over one concept's known facts. */
final class Ttm {

    static final String FISCAL_YEAR = "fiscal year (rule 1)";
    static final String YEAR_TO_DATE = "A + L - P (rule 2)";
    static final String FOUR_QUARTERS = "four quarters (rule 3)";

    private static final int TOLERANCE_DAYS = 7;

    /** Latest end first, and the longer period on a tie, as L is chosen. */
    static final Comparator<CompanyFact> LATEST = Comparator.comparing(CompanyFact::end)
            .thenComparingLong(CompanyFact::days);

    private Ttm() {}

    /** @return null when no rule applies (rule 4) */
    static Derived of(String concept, List<CompanyFact> facts) {
        List<CompanyFact> durations = facts.stream().filter(f -> f.start() != null).toList();
        CompanyFact l = durations.stream().max(LATEST).orElse(null);
        if (l == null) {
            return null;
        }
        if (isFiscalYear(l)) {
            return new Derived(l.value(), l.end(), new Lineage(concept, List.of(l), FISCAL_YEAR));
        }
        CompanyFact a = endingJustBefore(durations, l.start(), Ttm::isFiscalYear);
        CompanyFact p = priorYear(durations, l);
        if (a != null && p != null) {
            return new Derived(a.value() + l.value() - p.value(), l.end(), new Lineage(concept, List.of(a, l, p), YEAR_TO_DATE));
        }
        List<CompanyFact> quarters = quartersEndingAt(durations, l.end());
        if (quarters != null) {
            double sum = quarters.stream().mapToDouble(CompanyFact::value).sum();
            return new Derived(sum, l.end(), new Lineage(concept, quarters, FOUR_QUARTERS));
        }
        return null;
    }

    static boolean isFiscalYear(CompanyFact fact) {
        long days = between(fact.start(), fact.end()) + 1;
        return days >= 350 && days <= 380;
    }

    private static boolean isQuarter(CompanyFact fact) {
        long days = between(fact.start(), fact.end()) + 1;
        return days >= 80 && days <= 100;
    }

    /** The nearest fact of the kind that ends 1 to 7 days before the date: contiguous periods are 1 day apart. */
    private static CompanyFact endingJustBefore(List<CompanyFact> facts, LocalDate start, Predicate<CompanyFact> kind) {
        return facts.stream()
                .filter(kind)
                .filter(f -> {
                    long gap = between(f.end(), start);
                    return gap >= 1 && gap <= TOLERANCE_DAYS;
                })
                .max(LATEST)
                .orElse(null);
    }

    /**
     * The same period a year earlier, start and end each within 7 days; the closest one when several
     * are. Lengths are not compared exactly, since a leap day or a 53-week year shifts them by a day or a week.
     */
    private static CompanyFact priorYear(List<CompanyFact> facts, CompanyFact l) {
        LocalDate start = l.start().minusYears(1);
        LocalDate end = l.end().minusYears(1);
        return facts.stream()
                .filter(f -> distance(f.start(), start) <= TOLERANCE_DAYS && distance(f.end(), end) <= TOLERANCE_DAYS)
                .min(Comparator.comparingLong(f -> distance(f.start(), start) + distance(f.end(), end)))
                .orElse(null);
    }

    /** Four quarters, the last ending on the date, each starting 1 to 7 days after the previous ends, spanning a fiscal year. */
    private static List<CompanyFact> quartersEndingAt(List<CompanyFact> facts, LocalDate end) {
        CompanyFact quarter = facts.stream()
                .filter(f -> f.end().equals(end) && isQuarter(f))
                .max(LATEST)
                .orElse(null);
        List<CompanyFact> quarters = new ArrayList<>();
        while (quarter != null && quarters.size() < 4) {
            quarters.add(0, quarter);
            if (quarters.size() < 4) {
                quarter = endingJustBefore(facts, quarter.start(), Ttm::isQuarter);
            }
        }
        if (quarters.size() < 4) {
            return null;
        }
        long span = between(quarters.get(0).start(), end) + 1;
        return span >= 350 && span <= 380 ? quarters : null;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(between(a, b));
    }

    /** Days from one date to another; epoch days, as ChronoUnit costs several times more in these per-fact scans. */
    private static long between(LocalDate from, LocalDate to) {
        return to.toEpochDay() - from.toEpochDay();
    }
}
