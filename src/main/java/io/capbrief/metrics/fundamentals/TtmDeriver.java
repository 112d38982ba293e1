package io.capbrief.metrics.fundamentals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.capbrief.model.CompanyFact;

/** Derives one company's point-in-time fundamentals (METRICS.md section 3) from its XBRL facts. */
public final class TtmDeriver {

    static final int STALE_AFTER_DAYS = 200;

    /**
     * @param facts every version of the company's facts, in the order they were read (ties on
     *        {@code filed} go to the later one); those filed after {@code week} are ignored
     */
    public CompanyFundamentals derive(List<CompanyFact> facts, LocalDate week) {
        KnownFacts known = KnownFacts.of(facts, week);
        Map<Fundamental, Derived> derived = new EnumMap<>(Fundamental.class);
        for (Fundamental field : Fundamental.values()) {
            if (field.kind() != Fundamental.Kind.COMPUTED) {
                known.firstPresent(field.concepts())
                        .map(concept -> field.kind() == Fundamental.Kind.DURATION
                                ? Ttm.of(concept, known.of(concept))
                                : latest(field, concept, known.of(concept)))
                        .ifPresent(d -> derived.put(field, d));
            }
        }
        Optional.ofNullable(TotalDebt.of(known)).ifPresent(d -> derived.put(Fundamental.TOTAL_DEBT, d));
        Optional.ofNullable(ebitda(derived)).ifPresent(d -> derived.put(Fundamental.EBITDA, d));
        Optional.ofNullable(netDebt(derived)).ifPresent(d -> derived.put(Fundamental.NET_DEBT, d));

        Map<Fundamental, Double> values = new EnumMap<>(Fundamental.class);
        Map<Fundamental, Lineage> lineage = new EnumMap<>(Fundamental.class);
        derived.forEach((field, d) -> {
            values.put(field, d.value());
            lineage.put(field, d.lineage());
        });
        LocalDate latestTtmEnd = derived.entrySet().stream()
                .filter(e -> e.getKey().kind() == Fundamental.Kind.DURATION)
                .map(e -> e.getValue().end())
                .max(Comparator.naturalOrder())
                .orElse(null);
        return CompanyFundamentals.of(values, MaturitySchedule.of(known), latestTtmEnd, stale(latestTtmEnd, week),
                fiscalYears(known), lineage);
    }

    /** Fundamentals derived at an earlier week from the same facts, as {@link #derive} gives them at this week. */
    public CompanyFundamentals atWeek(CompanyFundamentals derived, LocalDate week) {
        boolean stale = stale(derived.latestTtmEnd(), week);
        return stale == derived.stale() ? derived : derived.withStale(stale);
    }

    private static boolean stale(LocalDate latestTtmEnd, LocalDate week) {
        return latestTtmEnd != null && ChronoUnit.DAYS.between(latestTtmEnd, week) > STALE_AFTER_DAYS;
    }

    /** An instant field's latest fact; the shares fallback is a duration concept, so the longer period wins a tie. */
    private static Derived latest(Fundamental field, String concept, List<CompanyFact> facts) {
        return facts.stream().max(Ttm.LATEST).map(f -> {
            String rule = f.start() == null ? "latest instant" : "latest period (" + f.days() + " days)";
            return new Derived(f.value(), f.end(), new Lineage(concept, List.of(f), rule));
        }).orElse(null);
    }

    /** D&A missing makes EBITDA empty: EBIT alone would understate EBITDA and so overstate leverage. */
    private static Derived ebitda(Map<Fundamental, Derived> derived) {
        Derived ebit = derived.get(Fundamental.EBIT);
        Derived da = derived.get(Fundamental.DEPRECIATION_AMORTIZATION);
        if (ebit == null || da == null) {
            return null;
        }
        return new Derived(ebit.value() + da.value(), ebit.end(),
                combined(ebit.lineage(), " + ", da.lineage(), "EBIT + D&A"));
    }

    private static Derived netDebt(Map<Fundamental, Derived> derived) {
        Derived debt = derived.get(Fundamental.TOTAL_DEBT);
        if (debt == null) {
            return null;
        }
        Derived cash = derived.get(Fundamental.CASH);
        if (cash == null) {
            return new Derived(debt.value(), debt.end(),
                    new Lineage(debt.lineage().concept(), debt.lineage().facts(), "total debt - cash (no cash: 0)"));
        }
        return new Derived(debt.value() - cash.value(), debt.end(),
                combined(debt.lineage(), " - ", cash.lineage(), "total debt - cash"));
    }

    private static Lineage combined(Lineage a, String operator, Lineage b, String rule) {
        List<CompanyFact> facts = Stream.concat(a.facts().stream(), b.facts().stream()).toList();
        return new Lineage("(" + a.concept() + ")" + operator + "(" + b.concept() + ")", facts,
                rule + ": " + a.rule() + operator + b.rule());
    }

    /** Annual EBIT by fiscal year end, with the annual interest expense of the same end from the field's chosen concept. */
    private static List<FiscalYear> fiscalYears(KnownFacts known) {
        Map<LocalDate, CompanyFact> ebit = annualByEnd(known, Fundamental.EBIT);
        Map<LocalDate, CompanyFact> interest = annualByEnd(known, Fundamental.INTEREST_EXPENSE);
        List<FiscalYear> years = new ArrayList<>();
        ebit.forEach((end, fact) -> {
            CompanyFact i = interest.get(end);
            years.add(new FiscalYear(end, fact.value(), i == null ? null : i.value()));
        });
        years.sort(Comparator.comparing(FiscalYear::end).reversed());
        return years;
    }

    private static Map<LocalDate, CompanyFact> annualByEnd(KnownFacts known, Fundamental field) {
        Map<LocalDate, CompanyFact> byEnd = new HashMap<>();
        known.firstPresent(field.concepts()).ifPresent(concept -> known.of(concept).stream()
                .filter(f -> f.start() != null && Ttm.isFiscalYear(f))
                .forEach(f -> byEnd.merge(f.end(), f, (a, b) -> Ttm.LATEST.compare(a, b) >= 0 ? a : b)));
        return byEnd;
    }
}
