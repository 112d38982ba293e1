package io.capbrief.extract;

import java.math.BigDecimal;

/** Reading the text of a holdings file's cells: blanks, placeholder tickers and numbers with thousands separators. */
final class HoldingsText {

    private HoldingsText() {}

    /** Blank, counting the no-break space (U+00A0) that iShares writes on its "empty" lines. */
    static boolean isBlank(String text) {
        return text == null || text.replace('\u00A0', ' ').isBlank();
    }

    /** Publishers write "-" where a field has no value. */
    static boolean isEmpty(String text) {
        return isBlank(text) || text.strip().equals("-");
    }

    /** The value of "731,205,514.79" or "-1.5", or null when the text is not a number. */
    static BigDecimal number(String text) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A weight in percent as a fraction, exactly as written: "1.06" becomes 0.0106, not 0.010600000000000002. */
    static double percentToFraction(BigDecimal percent) {
        return percent.movePointLeft(2).doubleValue();
    }
}
