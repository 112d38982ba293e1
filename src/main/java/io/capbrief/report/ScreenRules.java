package io.capbrief.report;

import io.capbrief.metrics.fundamentals.ScreenThresholds;

/**
 * What the two screens of METRICS.md section 6 ask, with the thresholds they applied: the PDF's screens page
 * says it in a sentence, the workbook's Screens sheet in a one-line title above each list.
 */
public final class ScreenRules {

    private ScreenRules() {}

    public static String quality(ScreenThresholds t) {
        return "Russell 2000 companies with TTM net income > 0, net debt / EBITDA < "
                + DisplayFormat.multiple(t.qualityMaxNetDebtToEbitda()) + " (or net cash), interest coverage > "
                + DisplayFormat.multiple(t.qualityMinInterestCoverage())
                + " (or no interest expense) and a forward P/E; cheapest forward P/E first.";
    }

    public static String refinancing(ScreenThresholds t) {
        return "Russell 2000 companies with interest coverage < " + DisplayFormat.multiple(t.refinancingMaxInterestCoverage())
                + ", or net debt / EBITDA > " + DisplayFormat.multiple(t.refinancingMinNetDebtToEbitda())
                + ", or near-term maturities (due within two years) > " + DisplayFormat.percent(t.refinancingMinNearTermMaturities())
                + " of total debt; lowest rate-shock coverage first.";
    }

    public static String qualityTitle(ScreenThresholds t) {
        return "Quality small caps: profitable, net debt / EBITDA < " + number(t.qualityMaxNetDebtToEbitda())
                + "x or net cash, interest coverage > " + number(t.qualityMinInterestCoverage())
                + "x or no interest expense; cheapest forward P/E first";
    }

    public static String refinancingTitle(ScreenThresholds t) {
        return "Refinancing risk: interest coverage < " + number(t.refinancingMaxInterestCoverage())
                + "x, net debt / EBITDA > " + number(t.refinancingMinNetDebtToEbitda())
                + "x or near-term maturities > " + number(t.refinancingMinNearTermMaturities() * 100)
                + "% of debt; least rate-shock coverage first";
    }

    /** 5.0 prints "5", 1.5 prints "1.5". */
    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
