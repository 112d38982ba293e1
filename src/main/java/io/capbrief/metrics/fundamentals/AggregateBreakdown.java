package io.capbrief.metrics.fundamentals;

import java.util.List;

/**
 * One aggregate taken apart (for {@code capbrief explain}): its set, the sums over it, and each member's part.
 *
 * @param constituents how many constituents the index has
 * @param numerator and {@code denominator}: the sums of the parts' terms, the figure's numerator and denominator
 *     for a ratio of sums; for a harmonic mean, the weighted earnings yield and 1; for a share or a
 *     median, the flagged count (or the sum of values) and the set's weight
 * @param parts every member of the set, the largest first
 */
public record AggregateBreakdown(AggregateDefinition definition, Aggregate aggregate, int constituents,
        double numerator, double denominator, List<Part> parts) {

    public AggregateBreakdown {
        parts = List.copyOf(parts);
    }

    /**
     * One member's terms: for a ratio of sums its numerator and denominator; for a harmonic mean its
     * renormalised weight times NTM EPS / price, and that weight; otherwise its value (or flag) and weight.
     */
    public record Part(Constituent constituent, double numerator, double denominator) {}
}
