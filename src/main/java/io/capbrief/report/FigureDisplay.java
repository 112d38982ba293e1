package io.capbrief.report;

/** Formats a figure by its stable name, for correction notes and diffs: "RUSSELL_2000.return.ytd" prints as a percentage. */
public final class FigureDisplay {

    private FigureDisplay() {}

    public static String format(String name, Double value) {
        if (name.endsWith(".history_pct")) {
            return value == null ? DisplayFormat.EMPTY : DisplayFormat.percentile(value) + " percentile";
        }
        if (name.endsWith(".z_10y")) {
            return DisplayFormat.zScore(value);
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
        if (figure.startsWith("maturity_usd.")) {
            return value == null ? DisplayFormat.EMPTY : "USD " + DisplayFormat.millions(value) + "m";
        }
        // a 5- or 10-year average is in the unit of its figure: "effective_rate.avg_10y" is a share
        boolean share = figure.startsWith("return.") || figure.startsWith("pct_") || figure.startsWith("coverage.")
                || figure.equals("off_high") || figure.equals("refi_wall") || figure.startsWith("effective_rate")
                || figure.startsWith("maturity.") || figure.startsWith("eps_revision");
        return share ? DisplayFormat.percent(value) : DisplayFormat.multiple(value);
    }
}
