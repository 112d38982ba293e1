package io.capbrief.report;

/** Formats a figure by its stable name, for correction notes and diffs: "RUSSELL_2000.return.ytd" prints as a percentage. */
public final class FigureDisplay {

    private FigureDisplay() {}

    public static String format(String name, Double value) {
        if (name.endsWith(".history_pct")) {
            return value == null ? DisplayFormat.EMPTY : ordinal(Math.round(value)) + " percentile";
        }
        if (name.contains(".change_bp.")) {
            return DisplayFormat.basisPoints(value);
        }
        if (name.startsWith("RATES.")) {
            return DisplayFormat.yield(value);
        }
        if (name.endsWith(".close") || name.endsWith("_52w")) {
            return DisplayFormat.level(value);
        }
        String figure = name.substring(name.indexOf('.') + 1);
        boolean share = figure.startsWith("return.") || figure.startsWith("pct_") || figure.startsWith("coverage.")
                || figure.equals("off_high") || figure.equals("refi_wall");
        return share ? DisplayFormat.percent(value) : DisplayFormat.multiple(value);
    }

    /** 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st. */
    static String ordinal(long n) {
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
