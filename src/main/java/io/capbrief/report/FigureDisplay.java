package io.capbrief.report;

/** Formats a figure by its stable name, for correction notes and diffs: "RUSSELL_2000.return.ytd" prints as a percentage. */
public final class FigureDisplay {

    private FigureDisplay() {}

    public static String format(String name, Double value) {
        if (name.contains(".change_bp.")) {
            return DisplayFormat.basisPoints(value);
        }
        if (name.startsWith("RATES.")) {
            return DisplayFormat.yield(value);
        }
        if (name.endsWith(".close") || name.endsWith("_52w")) {
            return DisplayFormat.level(value);
        }
        if (name.contains("fwd_pe") || name.contains("net_debt_ebitda") || name.contains("coverage")
                && !name.contains("coverage.")) {
            return DisplayFormat.multiple(value);
        }
        return DisplayFormat.percent(value);
    }
}
