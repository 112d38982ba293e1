package io.capbrief.metrics.fundamentals;

import java.util.List;

/**
 * One aggregate taken apart (for {@code capbrief explain}): its set, the sums over it, and each member's part.
 *
 * @param constituents how many constituents the index has
 * @param numerator and {@code denominator}: the sums of the parts' terms: the figure is their quotient for a
 *     ratio of sums or a share; for a harmonic mean they are the weighted earnings yield and 1, the figure
 *     their inverse quotient; for a sum the figure is the numerator; for a median neither is used
 * @param parts every member of the set, the largest first
 */
public record AggregateBreakdown(AggregateDefinition definition, Aggregate aggregate, int constituents,
        double numerator, double denominator, List<Part> parts) {

    public AggregateBreakdown {
        parts = List.copyOf(parts);
    }

    /**
     * One member's terms: for a ratio of sums its numerator and denominator; for a harmonic mean its
     * renormalised weight times NTM EPS / price, and that weight; for a count share its flag (1 or 0) and 1;
     * for a weight share its weight when flagged, and its weight; for a sum or a median its value and weight.
     */
    public record Part(Constituent constituent, double numerator, double denominator) {}
}
