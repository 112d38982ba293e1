package io.capbrief.report;

import io.capbrief.model.IndexCode;

/**
 * Each index's colour in every chart, PDF and workbook alike, so a reader who learns the Russell 2000's
 * colour on one page finds it on every other: Okabe-Ito blue, vermillion and bluish green, colour-blind-safe
 * and distinct in greyscale print.
 */
public final class SeriesColours {

    private SeriesColours() {}

    /** @param index the index's figures.json name, e.g. "RUSSELL_2000" */
    public static int rgb(String index) {
        return switch (IndexCode.valueOf(index)) {
            case RUSSELL_2000 -> 0x0072B2;
            case SP_500 -> 0xD55E00;
            case NASDAQ_COMPOSITE -> 0x009E73;
        };
    }
}
