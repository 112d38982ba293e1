package io.capbrief.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The check a holdings file passes before any of it is believed (METRICS.md section 9): its equity
 * weights add up to about the whole fund. Far off, the file is mislabelled (another fund, weights in
 * basis points) or truncated, and every aggregate weighted by it would be wrong.
 */
final class EquityWeights {

    static final BigDecimal LOWEST = new BigDecimal("0.90");
    static final BigDecimal HIGHEST = new BigDecimal("1.10");

    private EquityWeights() {}

    /** The file as read, or a refusal naming the sum when it is outside [90%, 110%]. */
    static HoldingsFile checked(HoldingsFile holdings) {
        // summed as written ("88.94" is 0.8894), so that a file at exactly 90% is not refused for a rounding error
        BigDecimal sum = holdings.equities().stream().map(r -> BigDecimal.valueOf(r.weight()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(LOWEST) < 0 || sum.compareTo(HIGHEST) > 0) {
            throw new SourceFormatException(holdings.file(), 0, "the equity weights sum to "
                    + sum.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString()
                    + "%, outside [90%, 110%] of the fund: a mislabelled or truncated holdings file");
        }
        return holdings;
    }
}
