package io.capbrief.metrics.fundamentals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Aggregates constituents' company figures to an index's or a sector's figures (METRICS.md section 5). */
public final class IndexAggregator {

    static final String NO_SECTOR = "(no sector)";
    static final double WEAK_COVERAGE = 1.5;
    /** A company counts as revised up (down) when its NTM EPS moved by more than this share. */
    static final double REVISION_BREADTH = 0.01;

    public IndexAggregates aggregate(List<Constituent> constituents) {
        double total = constituents.stream().mapToDouble(Constituent::weight).sum();
        List<Constituent> priced = filter(constituents, c -> c.metrics().ntmEps() != null && c.metrics().price() != null);
        List<Constituent> withNetIncome = filter(constituents, c -> c.metrics().unprofitable() != null);
        List<Constituent> nonFinancials = filter(constituents, Constituent::nonFinancial);
        // EBIT and interest expense > 0: exactly where the company's interest coverage is defined
        List<Constituent> covered = filter(nonFinancials, c -> c.metrics().interestCoverage() != null);
        Predicate<Constituent> unprofitable = c -> c.metrics().unprofitable();
        // interest expense defined and total debt > 0: exactly where the company's implied interest rate is defined
        List<Constituent> rated = filter(nonFinancials, c -> c.metrics().impliedRate() != null);
        // a schedule summing above total debt stays in, as refi_wall keeps near-term maturities above 100%:
        // figures kept as defined, the company named in data quality (ValuationNotes.implausibleMaturitySchedules)
        List<Constituent> scheduled = filter(nonFinancials, c -> c.fundamentals().maturitySchedule() != null
                && c.fundamentals().totalDebt() != null && c.fundamentals().totalDebt() > 0);
        List<Aggregate> maturity = new ArrayList<>();
        List<Aggregate> maturityUsd = new ArrayList<>();
        for (int b = 0; b < MaturitySchedule.BUCKETS.size(); b++) {
            int bucket = b;
            ToDoubleFunction<Constituent> due = c -> c.fundamentals().maturitySchedule().due(bucket);
            maturity.add(ratioOfSums(scheduled, total, due, c -> c.fundamentals().totalDebt()));
            maturityUsd.add(sum(scheduled, total, due));
        }
        return new IndexAggregates(
                harmonicForwardPe(priced, total),
                harmonicForwardPe(filter(priced, c -> c.metrics().ntmEps() > 0), total),
                median(constituents, total, c -> c.metrics().forwardPe()),
                countShare(withNetIncome, total, unprofitable),
                weightShare(withNetIncome, total, unprofitable),
                ratioOfSums(filter(nonFinancials, c -> c.fundamentals().netDebt() != null && c.fundamentals().ebitda() != null),
                        total, c -> c.fundamentals().netDebt(), c -> c.fundamentals().ebitda()),
                // defined exactly for EBITDA > 0 with net debt known
                median(nonFinancials, total, c -> c.metrics().netDebtToEbitda()),
                ratioOfSums(covered, total, c -> c.fundamentals().ebit(), c -> c.fundamentals().interestExpense()),
                countShare(covered, total, c -> c.metrics().interestCoverage() < WEAK_COVERAGE),
                countShare(filter(nonFinancials, c -> c.metrics().zombie() != null), total, c -> c.metrics().zombie()),
                ratioOfSums(filter(nonFinancials, c -> c.metrics().nearTermMaturities() != null), total,
                        c -> c.fundamentals().debtDueInTwoYears(), c -> c.fundamentals().totalDebt()),
                ratioOfSums(filter(nonFinancials, c -> c.metrics().rateShockCoverage() != null), total,
                        c -> c.fundamentals().ebit(), c -> c.metrics().rateShockInterest()),
                ratioOfSums(rated, total, c -> c.fundamentals().interestExpense(), c -> c.fundamentals().totalDebt()),
                maturity, maturityUsd);
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
    private static Aggregate harmonicForwardPe(List<Constituent> set, double total) {
        double setWeight = weight(set);
        if (set.isEmpty() || setWeight <= 0) {
            return empty(set, total);
        }
        double earningsYield = 0;
        for (Constituent c : set) {
            earningsYield += c.weight() / setWeight * c.metrics().ntmEps() / c.metrics().price();
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

    private static Aggregate median(List<Constituent> candidates, double total, Function<Constituent, Double> value) {
        List<Constituent> set = filter(candidates, c -> value.apply(c) != null);
        if (set.isEmpty()) {
            return empty(set, total);
        }
        return new Aggregate(median(set.stream().map(value).toList()), coverage(set, total), null);
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
