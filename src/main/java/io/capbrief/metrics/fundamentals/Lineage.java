package io.capbrief.metrics.fundamentals;

import java.util.List;

import io.capbrief.model.CompanyFact;

/**
 * Where a fundamental comes from: the concept (or concepts, joined) used, the facts that made the
 * number, each with its filing date, and the rule that combined them ("A + L - P (rule 2)").
 */
public record Lineage(String concept, List<CompanyFact> facts, String rule) {

    public Lineage {
        facts = List.copyOf(facts);
    }
}
