package io.capbrief.metrics.fundamentals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.capbrief.model.CompanyFact;

/** A company's facts as known at a week: filed on or before it, one version per concept and period, grouped by concept. */
final class KnownFacts {

    private record Period(LocalDate start, LocalDate end) {}

    /** Every version filed by the week; a concept's restatements are resolved when it is first asked for. */
    private final Map<String, List<CompanyFact>> versions = new HashMap<>();
    private final Map<String, List<CompanyFact>> latest = new HashMap<>();

    private KnownFacts() {}

    static KnownFacts of(List<CompanyFact> facts, LocalDate week) {
        KnownFacts known = new KnownFacts();
        for (CompanyFact fact : facts) {
            if (!fact.filed().isAfter(week)) {
                known.versions.computeIfAbsent(fact.concept(), c -> new ArrayList<>()).add(fact);
            }
        }
        return known;
    }

    /** The concept's facts, one per period: the latest filing wins, on a tie the later one in the list (the store reads in filing order). */
    List<CompanyFact> of(String concept) {
        return latest.computeIfAbsent(concept, c -> {
            Map<Period, CompanyFact> byPeriod = new LinkedHashMap<>();
            for (CompanyFact fact : versions.getOrDefault(c, List.of())) {
                byPeriod.merge(new Period(fact.start(), fact.end()), fact,
                        (kept, next) -> next.filed().isBefore(kept.filed()) ? kept : next);
            }
            return List.copyOf(byPeriod.values());
        });
    }

    /** The first concept of the fallback list with any fact, whether or not a value can be derived from it. */
    Optional<String> firstPresent(List<String> concepts) {
        return concepts.stream().filter(versions::containsKey).findFirst();
    }
}
