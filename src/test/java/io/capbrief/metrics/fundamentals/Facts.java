package io.capbrief.metrics.fundamentals;

import java.time.LocalDate;

import io.capbrief.model.CompanyFact;

/** Terse fact fixtures: dates as ISO strings, the taxonomy from the concept. */
final class Facts {

    private Facts() {}

    static CompanyFact duration(String concept, String start, String end, double value, String filed) {
        return new CompanyFact("0000000001", "us-gaap", concept, "USD", LocalDate.parse(start), LocalDate.parse(end),
                value, null, null, null, LocalDate.parse(filed));
    }

    static CompanyFact instant(String concept, String end, double value, String filed) {
        String taxonomy = concept.startsWith("Entity") ? "dei" : "us-gaap";
        return new CompanyFact("0000000001", taxonomy, concept, "USD", null, LocalDate.parse(end), value, null, null,
                null, LocalDate.parse(filed));
    }
}
