package io.capbrief.metrics.fundamentals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.capbrief.extract.CompanyFact;

/** A company's facts as known at a week: filed on or before it, one version per concept and period, grouped by concept. */
final class KnownFacts {

    private record Period(LocalDate start, LocalDate end) {}

    private final Map<String, List<CompanyFact>> byConcept;

    private KnownFacts(Map<String, List<CompanyFact>> byConcept) {
        this.byConcept = byConcept;
    }

    /** The latest filing wins a restatement; on a tie the later one in the list, as the store reads in filing order. */
    static KnownFacts of(List<CompanyFact> facts, LocalDate week) {
        Map<String, Map<Period, CompanyFact>> versions = new HashMap<>();
        for (CompanyFact fact : facts) {
            if (fact.filed().isAfter(week)) {
                continue;
            }
            versions.computeIfAbsent(fact.concept(), c -> new LinkedHashMap<>())
                    .merge(new Period(fact.start(), fact.end()), fact,
                            (kept, next) -> next.filed().isBefore(kept.filed()) ? kept : next);
        }
        Map<String, List<CompanyFact>> byConcept = new HashMap<>();
        versions.forEach((concept, latest) -> byConcept.put(concept, new ArrayList<>(latest.values())));
        return new KnownFacts(byConcept);
    }

    List<CompanyFact> of(String concept) {
        return byConcept.getOrDefault(concept, List.of());
    }

    /** The first concept of the fallback list with any fact, whether or not a value can be derived from it. */
    Optional<String> firstPresent(List<String> concepts) {
        return concepts.stream().filter(byConcept::containsKey).findFirst();
    }
}
