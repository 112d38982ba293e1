package io.capbrief.report;

/** Formats a figure by its stable name, for correction notes and diffs: "RUSSELL_2000.return.ytd" prints as a percentage. */
public final class FigureDisplay {

    private FigureDisplay() {}

    public static String format(String name, Double value) {
        if (name.endsWith(".history_pct")) {
            return value == null ? DisplayFormat.EMPTY : DisplayFormat.percentile(value) + " percentile";
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
}
