package io.capbrief.metrics.fundamentals;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An index's 13-week forward EPS revision (METRICS.md section 5), each part with its coverage.
 *
 * @param change the change in forward earnings with price held at the week, a fraction
 * @param up and {@code down}: the count shares revised up and down by more than 1%
 */
public record EpsRevision(Aggregate change, Aggregate up, Aggregate down) {

    /** Each part under its figures.json name (BRIEFING.md). */
    public Map<String, Aggregate> named() {
        Map<String, Aggregate> named = new LinkedHashMap<>();
        named.put("eps_revision.13w", change);
        named.put("eps_revision_up.13w", up);
        named.put("eps_revision_down.13w", down);
        return named;
    }

    /** {@code <prefix>.<figure>} and {@code <prefix>.coverage.<figure>}, e.g. "RUSSELL_2000.eps_revision.13w". */
    public Map<String, Double> figures(String prefix) {
        Map<String, Double> figures = new LinkedHashMap<>();
        named().forEach((name, a) -> figures.put(prefix + "." + name, a.value()));
        named().forEach((name, a) -> figures.put(prefix + ".coverage." + name, a.coverage()));
        return figures;
    }

    /** Why each empty part is empty, by figures.json name, for the data-quality section. */
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
