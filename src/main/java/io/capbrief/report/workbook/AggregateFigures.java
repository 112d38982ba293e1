package io.capbrief.report.workbook;

import java.util.List;

import io.capbrief.report.workbook.WorkbookFormat;

/** The index and sector aggregates of METRICS.md section 5 by figures.json name, with their headers and formats. */
final class AggregateFigures {

    record Figure(String name, String header, WorkbookFormat format) {}

    static final List<Figure> ALL = List.of(
            new Figure("fwd_pe", "Forward P/E", WorkbookFormat.MULTIPLE),
            new Figure("fwd_pe_ex_neg", "Forward P/E ex-negative", WorkbookFormat.MULTIPLE),
            new Figure("fwd_pe_median", "Median forward P/E", WorkbookFormat.MULTIPLE),
            new Figure("pct_unprofitable", "% unprofitable", WorkbookFormat.PERCENT),
            new Figure("pct_unprofitable_weight", "% unprofitable by weight", WorkbookFormat.PERCENT),
            new Figure("net_debt_ebitda", "Net debt / EBITDA", WorkbookFormat.MULTIPLE),
            new Figure("net_debt_ebitda_median", "Median net debt / EBITDA", WorkbookFormat.MULTIPLE),
            new Figure("interest_coverage", "Interest coverage", WorkbookFormat.MULTIPLE),
            new Figure("pct_weak_coverage", "% weak coverage", WorkbookFormat.PERCENT),
            new Figure("pct_zombies", "% zombies", WorkbookFormat.PERCENT),
            new Figure("refi_wall", "Refinancing wall", WorkbookFormat.PERCENT),
            new Figure("rate_shock_coverage", "Rate-shock coverage", WorkbookFormat.MULTIPLE));

    private AggregateFigures() {}
}
