package io.capbrief.metrics.fundamentals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * How one index aggregate of METRICS.md section 5 is made: the set of constituents it runs over and
 * what it takes from each, so that {@link IndexAggregator} computes it and explains it from the same words.
 *
 * @param name the figures.json name ("net_debt_ebitda")
 * @param set the set, as METRICS.md words it
 * @param numerator what is summed above the line (for a share, the flag counted; for a median, the value)
 * @param denominator what is summed below it; null where the kind has none
 */
public record AggregateDefinition(String name, Kind kind, String set, Predicate<Constituent> member,
        String numerator, ToDoubleFunction<Constituent> numeratorOf, String denominator,
        ToDoubleFunction<Constituent> denominatorOf) {

    /** How the set's values make the figure. */
    public enum Kind {
        /** sum(numerator) / sum(denominator) */
        RATIO_OF_SUMS,
        /** 1 / sum(w_i / sum(w) * numerator_i / denominator_i): the harmonic weighted mean of denominator / numerator */
        HARMONIC,
        /** the share of the set's count with the numerator flag (1) */
        COUNT_SHARE,
        /** the share of the set's weight with the numerator flag (1) */
        WEIGHT_SHARE,
        /** the median of the numerator, unweighted */
        MEDIAN,
        /** sum(numerator) */
        SUM
    }

    private static final Predicate<Constituent> PRICED = c -> c.metrics().ntmEps() != null && c.metrics().price() != null;
    private static final Predicate<Constituent> NON_FINANCIAL = Constituent::nonFinancial;
    private static final Predicate<Constituent> SCHEDULED = NON_FINANCIAL.and(c -> c.fundamentals().maturitySchedule() != null
            && c.fundamentals().totalDebt() != null && c.fundamentals().totalDebt() > 0);

    /** Every aggregate in the briefing's order: those of {@link IndexAggregates#named()}, then of its debt profile. */
    public static final List<AggregateDefinition> ALL = all();

    public static Optional<AggregateDefinition> named(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Whether the constituent is flagged, for a share. */
    boolean flagged(Constituent c) {
        return numeratorOf.applyAsDouble(c) != 0;
    }

    private static List<AggregateDefinition> all() {
        List<AggregateDefinition> all = new ArrayList<>();
        all.add(new AggregateDefinition("fwd_pe", Kind.HARMONIC, "NTM EPS and price defined", PRICED,
                "NTM EPS", c -> c.metrics().ntmEps(), "price", c -> c.metrics().price()));
        all.add(new AggregateDefinition("fwd_pe_ex_neg", Kind.HARMONIC, "NTM EPS > 0 and price defined",
                PRICED.and(c -> c.metrics().ntmEps() > 0), "NTM EPS", c -> c.metrics().ntmEps(), "price",
                c -> c.metrics().price()));
        all.add(new AggregateDefinition("fwd_pe_median", Kind.MEDIAN, "forward P/E defined",
                c -> c.metrics().forwardPe() != null, "forward P/E", c -> c.metrics().forwardPe(), null, null));
        all.add(new AggregateDefinition("pct_unprofitable", Kind.COUNT_SHARE, "TTM net income defined",
                c -> c.metrics().unprofitable() != null, "net income < 0", c -> flag(c.metrics().unprofitable()), null, null));
        all.add(new AggregateDefinition("pct_unprofitable_weight", Kind.WEIGHT_SHARE, "TTM net income defined",
                c -> c.metrics().unprofitable() != null, "net income < 0", c -> flag(c.metrics().unprofitable()), null, null));
        all.add(new AggregateDefinition("net_debt_ebitda", Kind.RATIO_OF_SUMS, "non-financials with net debt and EBITDA defined",
                NON_FINANCIAL.and(c -> c.fundamentals().netDebt() != null && c.fundamentals().ebitda() != null),
                "net debt", c -> c.fundamentals().netDebt(), "EBITDA", c -> c.fundamentals().ebitda()));
        // defined exactly for EBITDA > 0 with net debt known
        all.add(new AggregateDefinition("net_debt_ebitda_median", Kind.MEDIAN, "non-financials with EBITDA > 0",
                NON_FINANCIAL.and(c -> c.metrics().netDebtToEbitda() != null), "net debt / EBITDA",
                c -> c.metrics().netDebtToEbitda(), null, null));
        // EBIT and interest expense > 0: exactly where the company's interest coverage is defined
        all.add(new AggregateDefinition("interest_coverage", Kind.RATIO_OF_SUMS,
                "non-financials with EBIT and interest expense > 0", NON_FINANCIAL.and(c -> c.metrics().interestCoverage() != null),
                "EBIT", c -> c.fundamentals().ebit(), "interest expense", c -> c.fundamentals().interestExpense()));
        all.add(new AggregateDefinition("pct_weak_coverage", Kind.COUNT_SHARE, "non-financials with interest coverage defined",
                NON_FINANCIAL.and(c -> c.metrics().interestCoverage() != null), "interest coverage < 1.5",
                c -> flag(c.metrics().interestCoverage() < IndexAggregator.WEAK_COVERAGE), null, null));
        all.add(new AggregateDefinition("pct_zombies", Kind.COUNT_SHARE, "non-financials with zombie defined",
                NON_FINANCIAL.and(c -> c.metrics().zombie() != null), "zombie", c -> flag(c.metrics().zombie()), null, null));
        all.add(new AggregateDefinition("refi_wall", Kind.RATIO_OF_SUMS, "non-financials with near-term maturities defined",
                NON_FINANCIAL.and(c -> c.metrics().nearTermMaturities() != null), "debt due in 12 months + year two",
                c -> c.fundamentals().debtDueInTwoYears(), "total debt", c -> c.fundamentals().totalDebt()));
        all.add(new AggregateDefinition("rate_shock_coverage", Kind.RATIO_OF_SUMS,
                "non-financials with rate-shock coverage defined", NON_FINANCIAL.and(c -> c.metrics().rateShockCoverage() != null),
                "EBIT", c -> c.fundamentals().ebit(), "rate-shock interest", c -> c.metrics().rateShockInterest()));
        // interest expense defined and total debt > 0: exactly where the company's implied interest rate is defined
        all.add(new AggregateDefinition("effective_rate", Kind.RATIO_OF_SUMS,
                "non-financials with interest expense defined and total debt > 0",
                NON_FINANCIAL.and(c -> c.metrics().impliedRate() != null), "interest expense",
                c -> c.fundamentals().interestExpense(), "total debt", c -> c.fundamentals().totalDebt()));
        // a schedule summing above total debt stays in, as refi_wall keeps near-term maturities above 100%:
        // figures kept as defined, the company named in data quality (ValuationNotes.implausibleMaturitySchedules)
        String scheduled = "non-financials with a maturity schedule and total debt > 0";
        for (int b = 0; b < MaturitySchedule.BUCKETS.size(); b++) {
            int bucket = b;
            all.add(new AggregateDefinition("maturity." + MaturitySchedule.BUCKETS.get(b), Kind.RATIO_OF_SUMS, scheduled,
                    SCHEDULED, "due in " + MaturitySchedule.BUCKETS.get(b), c -> c.fundamentals().maturitySchedule().due(bucket),
                    "total debt", c -> c.fundamentals().totalDebt()));
        }
        for (int b = 0; b < MaturitySchedule.BUCKETS.size(); b++) {
            int bucket = b;
            all.add(new AggregateDefinition("maturity_usd." + MaturitySchedule.BUCKETS.get(b), Kind.SUM, scheduled, SCHEDULED,
                    "due in " + MaturitySchedule.BUCKETS.get(b), c -> c.fundamentals().maturitySchedule().due(bucket), null,
                    null));
        }
        return Collections.unmodifiableList(all);
    }

    private static double flag(boolean yes) {
        return yes ? 1 : 0;
    }
}
