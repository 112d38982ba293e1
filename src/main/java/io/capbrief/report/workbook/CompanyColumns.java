package io.capbrief.report.workbook;

import static io.capbrief.report.workbook.WorkbookFormat.DATE;
import static io.capbrief.report.workbook.WorkbookFormat.LEVEL;
import static io.capbrief.report.workbook.WorkbookFormat.MILLIONS;
import static io.capbrief.report.workbook.WorkbookFormat.MULTIPLE;
import static io.capbrief.report.workbook.WorkbookFormat.PERCENT;
import static io.capbrief.report.workbook.WorkbookFormat.TEXT;
import static io.capbrief.report.workbook.WorkbookFormat.WEIGHT;

import java.util.Arrays;

import io.capbrief.model.IndexCode;
import io.capbrief.report.Briefing.CompanyRow;

/**
 * The company columns of the Companies and Screens sheets, one header and format each. Money is
 * stored in millions of dollars ("$m" in the header), so a filter's "greater than 500" means what
 * the cell shows; shares are fractions with a % format, multiples carry an x.
 */
final class CompanyColumns {

    static final String NET_DEBT_TO_EBITDA = "Net debt / EBITDA";
    static final String INTEREST_COVERAGE = "Interest coverage";
    static final String NEAR_TERM_MATURITIES = "Near-term maturities";

    private CompanyColumns() {}

    /** Every company metric of METRICS.md sections 3 and 4, with identifiers first and stale/flag columns last. */
    static WorkbookTable<CompanyRow> all(String tableName) {
        return new WorkbookTable<CompanyRow>(tableName)
                .column("Index", TEXT, c -> indexLabel(c.index()))
                .column("Ticker", TEXT, CompanyRow::ticker)
                .column("Name", TEXT, CompanyRow::name)
                .column("Sector", TEXT, CompanyRow::sector)
                .column("Weight", WEIGHT, CompanyRow::weight)
                .column("Price", LEVEL, CompanyRow::price)
                .column("Market cap $m", MILLIONS, c -> millions(c.marketCap()))
                .column("NTM EPS", LEVEL, CompanyRow::ntmEps)
                .column("Forward P/E", MULTIPLE, CompanyRow::forwardPe)
                .column("Trailing P/E", MULTIPLE, CompanyRow::trailingPe)
                .column("Revenue $m", MILLIONS, c -> millions(c.revenue()))
                .column("EBIT $m", MILLIONS, c -> millions(c.ebit()))
                .column("EBITDA $m", MILLIONS, c -> millions(c.ebitda()))
                .column("Net income $m", MILLIONS, c -> millions(c.netIncome()))
                .column("Interest expense $m", MILLIONS, c -> millions(c.interestExpense()))
                .column("Total debt $m", MILLIONS, c -> millions(c.totalDebt()))
                .column("Cash $m", MILLIONS, c -> millions(c.cash()))
                .column("Net debt $m", MILLIONS, c -> millions(c.netDebt()))
                .column(NET_DEBT_TO_EBITDA, MULTIPLE, CompanyRow::netDebtToEbitda)
                .column(INTEREST_COVERAGE, MULTIPLE, CompanyRow::interestCoverage)
                .column("Implied interest rate", PERCENT, CompanyRow::impliedRate)
                .column(NEAR_TERM_MATURITIES, PERCENT, CompanyRow::nearTermMaturities)
                .column("Unprofitable", TEXT, CompanyRow::unprofitable)
                .column("Zombie", TEXT, CompanyRow::zombie)
                .column("Rate shock", PERCENT, CompanyRow::rateShock)
                .column("Rate-shock interest $m", MILLIONS, c -> millions(c.rateShockInterest()))
                .column("Rate-shock coverage", MULTIPLE, CompanyRow::rateShockCoverage)
                .column("TTM end", DATE, CompanyRow::ttmEnd)
                .column("Stale", TEXT, CompanyRow::stale)
                .column("Flags", TEXT, c -> c.flags() == null || c.flags().isEmpty() ? null : c.flags());
    }

    /** The metrics the screens select on, and what a PM reads next, for one screen's list. */
    static WorkbookTable<CompanyRow> screen(String tableName) {
        return new WorkbookTable<CompanyRow>(tableName)
                .column("Ticker", TEXT, CompanyRow::ticker)
                .column("Name", TEXT, CompanyRow::name)
                .column("Sector", TEXT, CompanyRow::sector)
                .column("Weight", WEIGHT, CompanyRow::weight)
                .column("Market cap $m", MILLIONS, c -> millions(c.marketCap()))
                .column("Forward P/E", MULTIPLE, CompanyRow::forwardPe)
                .column("Trailing P/E", MULTIPLE, CompanyRow::trailingPe)
                .column("Net income $m", MILLIONS, c -> millions(c.netIncome()))
                .column("Net debt $m", MILLIONS, c -> millions(c.netDebt()))
                .column(NET_DEBT_TO_EBITDA, MULTIPLE, CompanyRow::netDebtToEbitda)
                .column(INTEREST_COVERAGE, MULTIPLE, CompanyRow::interestCoverage)
                .column(NEAR_TERM_MATURITIES, PERCENT, CompanyRow::nearTermMaturities)
                .column("Implied interest rate", PERCENT, CompanyRow::impliedRate)
                .column("Rate-shock coverage", MULTIPLE, CompanyRow::rateShockCoverage)
                .column("Zombie", TEXT, CompanyRow::zombie)
                .column("Flags", TEXT, c -> c.flags() == null || c.flags().isEmpty() ? null : c.flags());
    }

    static Double millions(Double dollars) {
        return dollars == null ? null : dollars / 1_000_000d;
    }

    /** "Russell 2000" rather than RUSSELL_2000, as on the Summary sheet. */
    static String indexLabel(String code) {
        return Arrays.stream(IndexCode.values()).filter(i -> i.name().equals(code)).map(IndexCode::label).findFirst()
                .orElse(code);
    }
}
