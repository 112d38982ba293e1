package io.capbrief.report.workbook;

import io.capbrief.report.DisplayFormat;

/** The Excel number formats of the workbook, matching the rounding of {@link DisplayFormat}. */
enum WorkbookFormat {
    TEXT("General", 12),
    INTEGER("0", 8),
    DATE("yyyy-mm-dd", 11),
    DATE_TIME("yyyy-mm-dd hh:mm:ss", 19),
    PERCENT("0.0%", 8),
    /** Index weights: a small cap's weight is a few hundredths of a percent. */
    WEIGHT("0.000%", 8),
    /** Money stored in millions (the value divided by 1,000,000), so what a filter compares is what is shown. */
    MILLIONS("#,##0.0", 10),
    MULTIPLE("0.0\"x\"", 8),
    /** A value as filed, in dollars or shares, whole: what a reader finds in the filing. */
    AMOUNT("#,##0", 16),
    LEVEL("#,##0.00", 11),
    YIELD("0.00", 7),
    BASIS_POINTS("+0;-0", 6),
    /** A z-score in standard deviations, signed like {@link DisplayFormat#zScore}. */
    Z_SCORE("+0.00;-0.00", 6);

    private final String pattern;
    private final int width;

    WorkbookFormat(String pattern, int width) {
        this.pattern = pattern;
        this.width = width;
    }

    String pattern() {
        return pattern;
    }

    /** Characters a typical value needs, for column widths. */
    int width() {
        return width;
    }
}
