package io.capbrief.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How figures print (METRICS.md section 7): rounding happens here and nowhere else. */
public final class DisplayFormat {

    public static final String EMPTY = "\u2013";

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    private DisplayFormat() {}

    /** Display rounds halves up (METRICS.md section 7), not to even as DecimalFormat does by default. */
    private static DecimalFormat format(String pattern, DecimalFormatSymbols symbols) {
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** A fraction as a percentage with one decimal, halves rounded up: 0.06448 prints "6.4%", 0.0645025 prints "6.5%". */
    public static String percent(Double fraction) {
        return fraction == null ? EMPTY : format("0.0", US).format(fraction * 100) + "%";
    }

    /** A signed percentage, for returns: "+6.4%", "-1.2%". */
    public static String signedPercent(Double fraction) {
        return fraction == null ? EMPTY : format("+0.0;-0.0", US).format(fraction * 100) + "%";
    }

    /** A multiple (P/E, leverage, coverage) with one decimal and an x: "27.9x". */
    public static String multiple(Double value) {
        return value == null ? EMPTY : format("0.0", US).format(value) + "x";
    }

    /** A z-score, signed, with two decimals: "+1.85", "-0.40". */
    public static String zScore(Double z) {
        return z == null ? EMPTY : format("+0.00;-0.00", US).format(z);
    }

    /** A range of fractions as percentages with one decimal: "4.9\u20137.1%"; either end empty makes it empty. */
    public static String percentRange(Double low, Double high) {
        if (low == null || high == null) {
            return EMPTY;
        }
        return format("0.0", US).format(low * 100) + "\u2013" + format("0.0", US).format(high * 100) + "%";
    }

    /** An index level with thousands separators and two decimals: "2,406.67". */
    public static String level(Double value) {
        return value == null ? EMPTY : format("#,##0.00", US).format(value);
    }

    /** A yield in percent with two decimals: "4.41%". */
    public static String yield(Double percent) {
        return percent == null ? EMPTY : format("0.00", US).format(percent) + "%";
    }

    /** A change in basis points, signed, no decimals: "+15 bp". */
    public static String basisPoints(Double bp) {
        return bp == null ? EMPTY : format("+0;-0", US).format(bp) + " bp";
    }

    /** Money in millions with thousands separators: 1234567890 prints "1,235". */
    public static String millions(Double value) {
        return value == null ? EMPTY : format("#,##0", US).format(value / 1_000_000d);
    }

    /** Money in whole billions with thousands separators: 101.04e9 prints "101". */
    public static String billions(Double value) {
        return value == null ? EMPTY : format("#,##0", US).format(value / 1_000_000_000d);
    }

    public static String date(LocalDate date) {
        return date == null ? EMPTY : date.toString();
    }

    /** A date in prose: "5 Nov 2024". */
    public static String longDate(LocalDate date) {
        return date == null ? EMPTY : date.format(DAY_MONTH);
    }

    /** A history percentile (0 to 100) as a rounded ordinal: 92.3 prints "92nd", 0 prints "0th". */
    public static String percentile(Double percentile) {
        return percentile == null ? EMPTY : ordinal(Math.round(percentile));
    }

    /** The first 12 hex digits of a SHA-256, enough to tell files apart on a page. */
    public static String shortHash(String sha256) {
        return sha256 == null || sha256.isEmpty() ? EMPTY : sha256.substring(0, Math.min(12, sha256.length()));
    }

    /** A count with thousands separators: 2000 prints "2,000". */
    public static String count(long n) {
        return format("#,##0", US).format(n);
    }

    /** 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st. */
    private static String ordinal(long n) {
        long lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
