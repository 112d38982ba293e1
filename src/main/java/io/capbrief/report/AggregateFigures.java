package io.capbrief.report;

import java.util.List;

/** The index and sector aggregates of METRICS.md section 5 by figures.json name, with how each renderer labels them. */
public final class AggregateFigures {

    /**
     * One aggregate.
     *
     * @param header the workbook's column header
     * @param shortLabel the PDF's label, where a column or a row is narrower
     * @param share a fraction (shown as a percentage) rather than a multiple
     */
    public record Figure(String name, String header, String shortLabel, boolean share) {}

    public static final List<Figure> ALL = List.of(
            new Figure("fwd_pe", "Forward P/E", "Forward P/E", false),
            new Figure("fwd_pe_ex_neg", "Forward P/E ex-negative", "Fwd P/E ex-negative", false),
            new Figure("fwd_pe_median", "Median forward P/E", "Median fwd P/E", false),
            new Figure("pct_unprofitable", "% unprofitable", "% unprofitable", true),
            new Figure("pct_unprofitable_weight", "% unprofitable by weight", "% unprofitable (weight)", true),
            new Figure("net_debt_ebitda", "Net debt / EBITDA", "Net debt / EBITDA", false),
            new Figure("net_debt_ebitda_median", "Median net debt / EBITDA", "Median ND / EBITDA", false),
            new Figure("interest_coverage", "Interest coverage", "Interest coverage", false),
            new Figure("pct_weak_coverage", "% weak coverage", "% weak coverage", true),
            new Figure("pct_zombies", "% zombies", "% zombies", true),
            new Figure("refi_wall", "Refinancing wall", "Refinancing wall", true),
            new Figure("rate_shock_coverage", "Rate-shock coverage", "Rate-shock coverage", false));

    private AggregateFigures() {}
}
