package io.capbrief.extract;

import java.util.Locale;

import io.capbrief.model.HoldingRow;

/**
 * The check a holdings file passes before any of it is believed (METRICS.md section 9): its equity
 * weights add up to about the whole fund. Far off, the file is mislabelled (another fund, weights in
 * basis points) or truncated, and every aggregate weighted by it would be wrong.
 */
final class EquityWeights {

    static final double LOWEST = 0.90;
    static final double HIGHEST = 1.10;

    private EquityWeights() {}

    /** The file as read, or a refusal naming the sum when it is outside [90%, 110%]. */
    static HoldingsFile checked(HoldingsFile holdings) {
        double sum = holdings.equities().stream().mapToDouble(HoldingRow::weight).sum();
        if (sum < LOWEST || sum > HIGHEST) {
            throw new SourceFormatException(holdings.file(), 0, "the equity weights sum to "
                    + String.format(Locale.ROOT, "%.2f%%", sum * 100) + ", outside [90%, 110%] of the fund: "
                    + "a mislabelled or truncated holdings file");
        }
        return holdings;
    }
}
