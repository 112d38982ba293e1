package io.capbrief.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.stream.Stream;

import io.capbrief.model.IndexCode;
import io.capbrief.report.Briefing.CompanyRow;
import io.capbrief.report.Briefing.LeverageSpread;

/**
 * How an index's non-financial constituents spread over interest-coverage and net debt / EBITDA
 * ranges, for the leverage page and sheet. Counts, not weights: the question is how many
 * companies are stretched, whatever their size.
 */
public final class LeverageBuckets {

    /**
     * One range of a distribution.
     *
     * @param share the bucket's count over the count of companies with the metric defined; null when none is
     */
    public record Bucket(String label, int count, Double share) {}

    private record Range(String label, DoublePredicate contains) {}

    /** BRIEFING.md's coverage buckets; 1.5 is the weak-coverage line and 5 the quality screen's. */
    private static final List<Range> COVERAGE = List.of(
            new Range("<1", c -> c < 1),
            new Range("1\u20131.5", c -> c >= 1 && c < 1.5),
            new Range("1.5\u20133", c -> c >= 1.5 && c < 3),
            new Range("3\u20135", c -> c >= 3 && c <= 5),
            new Range(">5", c -> c > 5));

    private static final String EBITDA_NEGATIVE = "EBITDA \u2264 0";

    private static final List<Range> NET_DEBT_TO_EBITDA = List.of(
            new Range("Net cash", x -> x < 0),
            new Range("0\u20131x", x -> x >= 0 && x < 1),
            new Range("1\u20132x", x -> x >= 1 && x < 2),
            new Range("2\u20133x", x -> x >= 2 && x < 3),
            new Range("3\u20134x", x -> x >= 3 && x < 4),
            new Range("4\u20135x", x -> x >= 4 && x < 5),
            new Range(">5x", x -> x >= 5));

    /** The coverage ranges' labels, the same whatever the companies. */
    public static final List<String> INTEREST_COVERAGE_LABELS = COVERAGE.stream().map(Range::label).toList();

    /** The net debt / EBITDA ranges' labels, the EBITDA-negative bucket last. */
    public static final List<String> NET_DEBT_TO_EBITDA_LABELS = Stream.concat(
            NET_DEBT_TO_EBITDA.stream().map(Range::label), Stream.of(EBITDA_NEGATIVE)).toList();

    private LeverageBuckets() {}

    /** Every index's spread, for the briefing model: the renderers lay the buckets out and count nothing. */
    public static Map<String, LeverageSpread> byIndex(List<CompanyRow> companies) {
        Map<String, LeverageSpread> spreads = new LinkedHashMap<>();
        for (IndexCode index : IndexCode.values()) {
            spreads.put(index.name(), new LeverageSpread(index.name(), interestCoverage(companies, index.name()),
                    netDebtToEbitda(companies, index.name())));
        }
        return Collections.unmodifiableMap(spreads);
    }

    /** Interest coverage of the index's non-financials with coverage defined (interest expense > 0). */
    public static List<Bucket> interestCoverage(List<CompanyRow> companies, String index) {
        return buckets(companies, index, CompanyRow::interestCoverage, COVERAGE, false);
    }

    /**
     * Net debt / EBITDA of the index's non-financials with EBITDA defined; the last bucket holds the
     * EBITDA-negative companies, whose ratio is empty but whose leverage is the worst of all.
     */
    public static List<Bucket> netDebtToEbitda(List<CompanyRow> companies, String index) {
        return buckets(companies, index, CompanyRow::netDebtToEbitda, NET_DEBT_TO_EBITDA, true);
    }

    private static List<Bucket> buckets(List<CompanyRow> companies, String index, Function<CompanyRow, Double> metric,
            List<Range> ranges, boolean ebitdaNegativeBucket) {
        int[] counts = new int[ranges.size() + 1];
        int total = 0;
        for (CompanyRow c : companies) {
            if (!c.index().equals(index) || !c.nonFinancial()) {
                continue;
            }
            Double value = metric.apply(c);
            if (value != null) {
                for (int i = 0; i < ranges.size(); i++) {
                    if (ranges.get(i).contains().test(value)) {
                        counts[i]++;
                        break;
                    }
                }
                total++;
            } else if (ebitdaNegativeBucket && c.ebitda() != null && c.ebitda() <= 0) {
                counts[ranges.size()]++;
                total++;
            }
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            buckets.add(bucket(ranges.get(i).label(), counts[i], total));
        }
        if (ebitdaNegativeBucket) {
            buckets.add(bucket(EBITDA_NEGATIVE, counts[ranges.size()], total));
        }
        return List.copyOf(buckets);
    }

    private static Bucket bucket(String label, int count, int total) {
        return new Bucket(label, count, total == 0 ? null : (double) count / total);
    }
}
