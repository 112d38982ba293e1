package io.capbrief.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.capbrief.metrics.IndexValuation;
import io.capbrief.metrics.WeekValuation;
import io.capbrief.metrics.fundamentals.CompanyFundamentals;
import io.capbrief.metrics.fundamentals.CompanyMetrics;
import io.capbrief.metrics.fundamentals.Constituent;
import io.capbrief.metrics.fundamentals.FiscalYear;
import io.capbrief.metrics.fundamentals.Fundamental;
import io.capbrief.metrics.fundamentals.Metric;
import io.capbrief.report.Briefing.LineageRow;
import io.capbrief.report.DisplayFormat;
import io.capbrief.report.LineageRows;
import io.capbrief.store.BriefingVersion;

/** Prints one company's metrics of a week with the numbers each came from, down to the facts and their filings. */
final class CompanyExplanation {

    private final PrintWriter out;

    CompanyExplanation(PrintWriter out) {
        this.out = out;
    }

    void print(WeekValuation week, String ticker, Optional<BriefingVersion> issued) {
        List<String> memberships = new ArrayList<>();
        Constituent company = null;
        String name = null;
        for (IndexValuation index : week.valuation().indices().values()) {
            for (Constituent c : index.constituents()) {
                if (ticker.equals(c.ticker())) {
                    company = company == null ? c : company;
                    name = name == null ? index.constituentNames().get(ticker) : name;
                    memberships.add(index.index().label() + " weight " + weight(c.weight())
                            + (c.sector() == null ? "" : ", sector " + c.sector()));
                }
            }
        }
        String cik = week.cikByTicker().get(ticker);
        out.println(ticker + (name == null ? "" : " " + name) + ", week ending " + week.week()
                + ": computed from the store as the briefing computes it");
        out.println("CIK " + (cik == null ? "none (not in the company master)" : cik) + "; " + String.join("; ", memberships));
        out.println(issued.map(v -> "Briefing issued for the week: version " + v.version())
                .orElse("No briefing issued for the week yet"));
        out.println();
        metrics(company.metrics(), company.fundamentals(), week);
        out.println();
        fundamentals(ticker, company.fundamentals());
    }

    private void metrics(CompanyMetrics m, CompanyFundamentals f, WeekValuation week) {
        out.println("Metrics");
        line("Price", DisplayFormat.level(m.price()), m.price() == null ? "no price" : "");
        line("Market cap", amount(m.marketCap()), m.marketCap() == null ? m.reason(Metric.MARKET_CAP)
                : "= price " + DisplayFormat.level(m.price()) + " x shares outstanding " + amount(f.sharesOutstanding()));
        line("NTM EPS", DisplayFormat.level(m.ntmEps()), why(m, Metric.NTM_EPS, "the latest estimate dated on or before the week"));
        line("Forward P/E", DisplayFormat.multiple(m.forwardPe()), why(m, Metric.FORWARD_PE,
                "= price " + DisplayFormat.level(m.price()) + " / NTM EPS " + DisplayFormat.level(m.ntmEps())));
        line("Trailing P/E", DisplayFormat.multiple(m.trailingPe()), why(m, Metric.TRAILING_PE,
                "= market cap " + amount(m.marketCap()) + " / net income " + amount(f.netIncome())));
        line("Net debt / EBITDA", DisplayFormat.multiple(m.netDebtToEbitda()), why(m, Metric.NET_DEBT_TO_EBITDA,
                "= net debt " + amount(f.netDebt()) + " / EBITDA " + amount(f.ebitda())));
        line("Interest coverage", DisplayFormat.multiple(m.interestCoverage()), why(m, Metric.INTEREST_COVERAGE,
                "= EBIT " + amount(f.ebit()) + " / interest expense " + amount(f.interestExpense())));
        line("Implied interest rate", DisplayFormat.percent(m.impliedRate()), why(m, Metric.IMPLIED_RATE,
                "= interest expense " + amount(f.interestExpense()) + " / total debt " + amount(f.totalDebt())));
        line("Near-term maturities", DisplayFormat.percent(m.nearTermMaturities()), why(m, Metric.NEAR_TERM_MATURITIES,
                "= (due in 12 months " + amount(f.debtDue12Months()) + " + in year two " + amount(f.debtDueYearTwo())
                        + ") / total debt " + amount(f.totalDebt())));
        line("Unprofitable", yesNo(m.unprofitable()), why(m, Metric.UNPROFITABLE, "net income " + amount(f.netIncome())));
        line("Zombie", yesNo(m.zombie()), why(m, Metric.ZOMBIE, "yes when EBIT / interest expense < 1 in each of the three "
                + "latest fiscal years: " + fiscalYears(f.fiscalYears())));
        line("Rate shock", DisplayFormat.percent(m.rateShock()), why(m, Metric.RATE_SHOCK,
                String.format(Locale.US, "= max(0, (10-year yield %.2f%% + spread %.2f%%) / 100 - implied rate %s)",
                        week.tenYearYield(), week.creditSpread(), DisplayFormat.percent(m.impliedRate()))));
        line("Rate-shock interest", amount(m.rateShockInterest()), why(m, Metric.RATE_SHOCK_INTEREST,
                "= interest expense " + amount(f.interestExpense()) + " + rate shock " + DisplayFormat.percent(m.rateShock())
                        + " x due in 12 months and year two " + amount(f.debtDueInTwoYears())));
        line("Rate-shock coverage", DisplayFormat.multiple(m.rateShockCoverage()), why(m, Metric.RATE_SHOCK_COVERAGE,
                "= EBIT " + amount(f.ebit()) + " / rate-shock interest " + amount(m.rateShockInterest())));
    }

    private void fundamentals(String ticker, CompanyFundamentals f) {
        out.println("Fundamentals (TTM to " + (f.latestTtmEnd() == null ? DisplayFormat.EMPTY : f.latestTtmEnd())
                + (f.stale() ? ", stale: more than 200 days before the week" : "") + "; values as filed)");
        Map<String, List<LineageRow>> byField = new LinkedHashMap<>();
        for (LineageRow row : LineageRows.of(new TreeMap<>(Map.of(ticker, f)))) {
            byField.computeIfAbsent(row.fundamental(), k -> new ArrayList<>()).add(row);
        }
        for (Fundamental field : Fundamental.values()) {
            if (!byField.containsKey(field.label())) {
                line(field.label(), DisplayFormat.EMPTY, field.concepts().isEmpty() ? "none of its parts filed"
                        : "no fact of " + String.join(", ", field.concepts()));
            }
            field(field.label(), byField.getOrDefault(field.label(), List.of()));
        }
        field(LineageRows.MATURITY_SCHEDULE, byField.getOrDefault(LineageRows.MATURITY_SCHEDULE, List.of()));
    }

    private void field(String label, List<LineageRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        LineageRow first = rows.get(0);
        line(label, amount(first.value()) + (first.unit().equals("USD") ? "" : " " + first.unit()), first.rule());
        for (LineageRow row : rows) {
            out.println("      " + fact(row));
        }
    }

    private static String fact(LineageRow row) {
        if (row.accn() == null && row.filed() == null) {
            return row.concept() + (row.concept().startsWith("(") ? ", the facts on their lines above" : "");
        }
        String period = row.start() == null ? "at " + row.end() : row.start() + ".." + row.end();
        return String.join("  ", row.concept(), period, amount(row.factValue()), nonNull(row.form()),
                row.accn() == null ? "no accession number" : row.accn(), "filed " + row.filed(),
                nonNull(row.filingIndex())).strip();
    }

    private void line(String label, String value, String how) {
        out.println(String.format("  %-22s %-16s %s", label, value, how == null ? "" : how).stripTrailing());
    }

    private static String why(CompanyMetrics m, Metric metric, String how) {
        String reason = m.reason(metric);
        return reason != null ? reason : how;
    }

    private static String fiscalYears(List<FiscalYear> years) {
        List<String> shown = new ArrayList<>();
        for (FiscalYear year : years.subList(0, Math.min(3, years.size()))) {
            shown.add(year.end() + " " + amount(year.ebit()) + " / " + amount(year.interestExpense()));
        }
        return shown.isEmpty() ? DisplayFormat.EMPTY : String.join(", ", shown);
    }

    private static String yesNo(Boolean value) {
        return value == null ? DisplayFormat.EMPTY : value ? "yes" : "no";
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** A value as filed, whole, with thousands separators: what a reader finds in the filing. */
    static String amount(Double value) {
        return value == null ? DisplayFormat.EMPTY : String.format(Locale.US, "%,.0f", value);
    }

    static String weight(double weight) {
        return String.format(Locale.US, "%.3f%%", weight * 100);
    }
}
