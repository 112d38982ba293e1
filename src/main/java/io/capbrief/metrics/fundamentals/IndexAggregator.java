package io.capbrief.metrics.fundamentals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Aggregates constituents' company figures to an index's or a sector's figures (METRICS.md section 5). */
public final class IndexAggregator {

    static final String NO_SECTOR = "(no sector)";
    static final double WEAK_COVERAGE = 1.5;
    /** A company counts as revised up (down) when its NTM EPS moved by more than this share. */
    static final double REVISION_BREADTH = 0.01;

    public IndexAggregates aggregate(List<Constituent> constituents) {
        double total = weight(constituents);
        Map<String, Aggregate> named = new LinkedHashMap<>();
        for (AggregateDefinition definition : AggregateDefinition.ALL) {
            named.put(definition.name(), compute(definition, filter(constituents, definition.member()), total));
        }
        List<Aggregate> maturity = new ArrayList<>();
        List<Aggregate> maturityUsd = new ArrayList<>();
        for (String bucket : MaturitySchedule.BUCKETS) {
            maturity.add(named.get("maturity." + bucket));
            maturityUsd.add(named.get("maturity_usd." + bucket));
        }
        return new IndexAggregates(named.get("fwd_pe"), named.get("fwd_pe_ex_neg"), named.get("fwd_pe_median"),
                named.get("pct_unprofitable"), named.get("pct_unprofitable_weight"), named.get("net_debt_ebitda"),
                named.get("net_debt_ebitda_median"), named.get("interest_coverage"), named.get("pct_weak_coverage"),
                named.get("pct_zombies"), named.get("refi_wall"), named.get("rate_shock_coverage"),
                named.get("effective_rate"), maturity, maturityUsd);
    }

    /**
     * How one aggregate came out of the constituents: its set, the sums and each member's part, the
     * largest first (by the size of its numerator term; by weight for a share or a median).
     */
    public AggregateBreakdown breakdown(AggregateDefinition definition, List<Constituent> constituents) {
        double total = weight(constituents);
        List<Constituent> set = filter(constituents, definition.member());
        double setWeight = weight(set);
        List<AggregateBreakdown.Part> parts = new ArrayList<>();
        for (Constituent c : set) {
            parts.add(switch (definition.kind()) {
                case RATIO_OF_SUMS -> new AggregateBreakdown.Part(c, definition.numeratorOf().applyAsDouble(c),
                        definition.denominatorOf().applyAsDouble(c));
                case HARMONIC -> new AggregateBreakdown.Part(c, c.weight() / setWeight * definition.numeratorOf().applyAsDouble(c)
                        / definition.denominatorOf().applyAsDouble(c), c.weight() / setWeight);
                case COUNT_SHARE -> new AggregateBreakdown.Part(c, definition.flagged(c) ? 1 : 0, 1);
                case WEIGHT_SHARE -> new AggregateBreakdown.Part(c, definition.flagged(c) ? c.weight() : 0, c.weight());
                case SUM, MEDIAN -> new AggregateBreakdown.Part(c, definition.numeratorOf().applyAsDouble(c), c.weight());
            });
        }
        Comparator<AggregateBreakdown.Part> byWeight = Comparator.comparingDouble(p -> -p.constituent().weight());
        Comparator<AggregateBreakdown.Part> largest = switch (definition.kind()) {
            case RATIO_OF_SUMS, HARMONIC, SUM -> Comparator.comparingDouble(p -> -Math.abs(p.numerator()));
            // the flagged members make a share: they come first
            case COUNT_SHARE, WEIGHT_SHARE -> Comparator.comparing((AggregateBreakdown.Part p) -> p.numerator() == 0)
                    .thenComparing(byWeight);
            case MEDIAN -> byWeight;
        };
        double numerator = parts.stream().mapToDouble(AggregateBreakdown.Part::numerator).sum();
        double denominator = parts.stream().mapToDouble(AggregateBreakdown.Part::denominator).sum();
        return new AggregateBreakdown(definition, compute(definition, set, total), constituents.size(), numerator,
                denominator, parts.stream().sorted(largest).toList());
    }

    private static Aggregate compute(AggregateDefinition d, List<Constituent> set, double total) {
        return switch (d.kind()) {
            case RATIO_OF_SUMS -> ratioOfSums(set, total, d.numeratorOf(), d.denominatorOf());
            case HARMONIC -> harmonic(set, total, d.numeratorOf(), d.denominatorOf());
            case COUNT_SHARE -> countShare(set, total, d::flagged);
            case WEIGHT_SHARE -> weightShare(set, total, d::flagged);
            case MEDIAN -> median(set, total, d.numeratorOf());
            case SUM -> sum(set, total, d.numeratorOf());
        };
    }

    /** The 13-week forward EPS revision and its breadth over the constituents with an NTM EPS then and now and a price. */
    public EpsRevision revision(List<Constituent> constituents) {
        double total = weight(constituents);
        List<Constituent> revised = filter(constituents,
                c -> c.metrics().ntmEps() != null && c.metrics().price() != null && c.earlierNtmEps() != null);
        // the change over |earlier NTM|, so that a loss narrowing from -1.00 to -0.50 counts as revised up
        // (NTM / earlier - 1 would say -50%); an earlier NTM of 0 has no relative change and is left out
        List<Constituent> breadth = filter(revised, c -> c.earlierNtmEps() != 0);
        ToDoubleFunction<Constituent> change = c -> (c.metrics().ntmEps() - c.earlierNtmEps()) / Math.abs(c.earlierNtmEps());
        return new EpsRevision(epsRevision(revised, total),
                countShare(breadth, total, c -> change.applyAsDouble(c) > REVISION_BREADTH),
                countShare(breadth, total, c -> change.applyAsDouble(c) < -REVISION_BREADTH));
    }

    /** The same aggregates within each sector, coverage relative to the sector's weight; by sector name. */
    public Map<String, IndexAggregates> bySector(List<Constituent> constituents) {
        Map<String, List<Constituent>> sectors = new TreeMap<>();
        for (Constituent c : constituents) {
            sectors.computeIfAbsent(Objects.requireNonNullElse(c.sector(), NO_SECTOR), s -> new ArrayList<>()).add(c);
        }
        Map<String, IndexAggregates> aggregates = new TreeMap<>();
        sectors.forEach((sector, members) -> aggregates.put(sector, aggregate(members)));
        return aggregates;
    }

    /** 1 / sum(w_i * EPS_i / price_i), weights renormalised over the set: total market cap / total forward earnings. */
    private static Aggregate harmonic(List<Constituent> set, double total, ToDoubleFunction<Constituent> eps,
            ToDoubleFunction<Constituent> price) {
        double setWeight = weight(set);
        if (set.isEmpty() || setWeight <= 0) {
            return empty(set, total);
        }
        double earningsYield = 0;
        for (Constituent c : set) {
            earningsYield += c.weight() / setWeight * eps.applyAsDouble(c) / price.applyAsDouble(c);
        }
        return quotient(1, earningsYield, set, total);
    }

    /**
     * sum(w_i * NTM_i / price_i) over sum(w_i * earlier NTM_i / price_i), minus 1: the change in forward
     * earnings with price held at the week (the weights' renormalisation cancels); an earlier sum <= 0 is "n.m.".
     */
    private static Aggregate epsRevision(List<Constituent> set, double total) {
        if (set.isEmpty()) {
            return empty(set, total);
        }
        double now = 0;
        double earlier = 0;
        for (Constituent c : set) {
            now += c.weight() * c.metrics().ntmEps() / c.metrics().price();
            earlier += c.weight() * c.earlierNtmEps() / c.metrics().price();
        }
        Aggregate ratio = quotient(now, earlier, set, total);
        return ratio.value() == null ? ratio : new Aggregate(ratio.value() - 1, ratio.coverage(), null);
    }

    private static Aggregate ratioOfSums(List<Constituent> set, double total, ToDoubleFunction<Constituent> numerator,
            ToDoubleFunction<Constituent> denominator) {
        if (set.isEmpty()) {
            return empty(set, total);
        }
        return quotient(set.stream().mapToDouble(numerator).sum(), set.stream().mapToDouble(denominator).sum(), set, total);
    }

    private static Aggregate sum(List<Constituent> set, double total, ToDoubleFunction<Constituent> value) {
        if (set.isEmpty()) {
            return empty(set, total);
        }
        return new Aggregate(set.stream().mapToDouble(value).sum(), coverage(set, total), null);
    }

    private static Aggregate median(List<Constituent> set, double total, ToDoubleFunction<Constituent> value) {
        if (set.isEmpty()) {
            return empty(set, total);
        }
        return new Aggregate(median(set.stream().map(value::applyAsDouble).toList()), coverage(set, total), null);
    }

    private static Aggregate countShare(List<Constituent> set, double total, Predicate<Constituent> flagged) {
        if (set.isEmpty()) {
            return empty(set, total);
        }
        return new Aggregate((double) filter(set, flagged).size() / set.size(), coverage(set, total), null);
    }

    private static Aggregate weightShare(List<Constituent> set, double total, Predicate<Constituent> flagged) {
        double setWeight = weight(set);
        if (set.isEmpty() || setWeight <= 0) {
            return empty(set, total);
        }
        return new Aggregate(weight(filter(set, flagged)) / setWeight, coverage(set, total), null);
    }

    /** The middle value, or the mean of the two middle values of an even count. */
    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** A denominator <= 0 is "n.m.", never a negative multiple. */
    private static Aggregate quotient(double numerator, double denominator, List<Constituent> set, double total) {
        return denominator <= 0
                ? new Aggregate(null, coverage(set, total), Aggregate.NOT_MEANINGFUL)
                : new Aggregate(numerator / denominator, coverage(set, total), null);
    }

    private static Aggregate empty(List<Constituent> set, double total) {
        return new Aggregate(null, coverage(set, total), Aggregate.EMPTY_SET);
    }

    private static Double coverage(List<Constituent> set, double total) {
        return total > 0 ? weight(set) / total : null;
    }

    private static double weight(List<Constituent> set) {
        return set.stream().mapToDouble(Constituent::weight).sum();
    }

    private static List<Constituent> filter(List<Constituent> constituents, Predicate<Constituent> keep) {
        return constituents.stream().filter(keep).toList();
    }
}
