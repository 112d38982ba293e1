package io.capbrief.metrics.fundamentals;

import java.util.Comparator;
import java.util.List;

/** The company screens of METRICS.md section 6 over an index's constituents. */
public final class Screens {

    private final ScreenThresholds thresholds;

    public Screens(ScreenThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * Profitable, low net debt or net cash, well covered or without interest expense, with a forward
     * P/E; cheapest first (ticker on a tie, so the list is stable).
     */
    public List<Constituent> qualitySmallCaps(List<Constituent> constituents) {
        return constituents.stream()
                .filter(this::isQuality)
                .sorted(Comparator.comparing((Constituent c) -> c.metrics().forwardPe()).thenComparing(Constituent::ticker))
                .toList();
    }

    /** Weak coverage, high leverage or a near-term maturity wall; least rate-shock coverage first, empties last. */
    public List<Constituent> refinancingRisk(List<Constituent> constituents) {
        return constituents.stream()
                .filter(this::isRefinancingRisk)
                .sorted(Comparator.comparing((Constituent c) -> c.metrics().rateShockCoverage(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Constituent::ticker))
                .toList();
    }

    private boolean isQuality(Constituent c) {
        CompanyMetrics m = c.metrics();
        CompanyFundamentals f = c.fundamentals();
        boolean profitable = f.netIncome() != null && f.netIncome() > 0;
        boolean lowLeverage = (m.netDebtToEbitda() != null && m.netDebtToEbitda() < thresholds.qualityMaxNetDebtToEbitda())
                || (f.netDebt() != null && f.netDebt() <= 0);
        // a company without debt often reports no interest concept at all, so missing counts as none
        boolean covered = (m.interestCoverage() != null && m.interestCoverage() > thresholds.qualityMinInterestCoverage())
                || f.interestExpense() == null || f.interestExpense() <= 0;
        return profitable && lowLeverage && covered && m.forwardPe() != null;
    }

    private boolean isRefinancingRisk(Constituent c) {
        CompanyMetrics m = c.metrics();
        return (m.interestCoverage() != null && m.interestCoverage() < thresholds.refinancingMaxInterestCoverage())
                || (m.netDebtToEbitda() != null && m.netDebtToEbitda() > thresholds.refinancingMinNetDebtToEbitda())
                || (m.nearTermMaturities() != null && m.nearTermMaturities() > thresholds.refinancingMinNearTermMaturities());
    }
}
