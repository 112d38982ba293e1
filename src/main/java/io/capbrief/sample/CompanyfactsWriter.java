package io.capbrief.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.sample.SampleCompany.Filing;
import io.capbrief.sample.SampleCompany.Flow;

/**
 * Writes one SEC EDGAR companyfacts JSON per company (compact, as EDGAR serves it): 10-K annual facts,
 * 10-Q year-to-date facts with their prior-year comparatives, balance-sheet instants and the cover-page
 * share count, plus a few deliberate restatements and unreadable facts listed in README.txt.
 */
final class CompanyfactsWriter {

    /** A concept as EDGAR files it: taxonomy, name, label and unit. */
    private record Concept(String taxonomy, String name, String label, String unit) {
    }

    /** One fact; {@code val} is JSON text, {@code end} null only for the deliberately broken fact. */
    private record Fact(LocalDate start, LocalDate end, String val, String accn, int fy, String fp, String form,
                        LocalDate filed, String frame) {
    }

    private static final Concept SHARES = new Concept("dei", "EntityCommonStockSharesOutstanding",
            "Entity Common Stock, Shares Outstanding", "shares");
    private static final Concept REVENUES = gaap("Revenues", "Revenues");
    private static final Concept CONTRACT_REVENUE = gaap("RevenueFromContractWithCustomerExcludingAssessedTax",
            "Revenue from Contract with Customer, Excluding Assessed Tax");
    private static final Concept EBIT = gaap("OperatingIncomeLoss", "Operating Income (Loss)");
    private static final Concept DA = gaap("DepreciationDepletionAndAmortization", "Depreciation, Depletion and Amortization");
    private static final Concept INTEREST = gaap("InterestExpense", "Interest Expense");
    private static final Concept NET_INCOME = gaap("NetIncomeLoss", "Net Income (Loss) Attributable to Parent");
    private static final Concept LONG_TERM_DEBT = gaap("LongTermDebt", "Long-term Debt");
    private static final Concept NONCURRENT = gaap("LongTermDebtNoncurrent", "Long-term Debt, Excluding Current Maturities");
    private static final Concept CURRENT = gaap("LongTermDebtCurrent", "Long-term Debt, Current Maturities");
    private static final Concept SHORT_TERM = gaap("ShortTermBorrowings", "Short-term Debt");
    private static final Concept CASH = gaap("CashAndCashEquivalentsAtCarryingValue", "Cash and Cash Equivalents, at Carrying Value");
    private static final Concept DUE_NEXT = gaap("LongTermDebtMaturitiesRepaymentsOfPrincipalInNextTwelveMonths",
            "Long-term Debt, Maturity, Year One");
    private static final Concept DUE_YEAR_TWO = gaap("LongTermDebtMaturitiesRepaymentsOfPrincipalInYearTwo",
            "Long-term Debt, Maturity, Year Two");
    private static final Concept DUE_YEAR_THREE = gaap("LongTermDebtMaturitiesRepaymentsOfPrincipalInYearThree",
            "Long-term Debt, Maturity, Year Three");
    private static final Concept DUE_YEAR_FOUR = gaap("LongTermDebtMaturitiesRepaymentsOfPrincipalInYearFour",
            "Long-term Debt, Maturity, Year Four");
    private static final Concept DUE_YEAR_FIVE = gaap("LongTermDebtMaturitiesRepaymentsOfPrincipalInYearFive",
            "Long-term Debt, Maturity, Year Five");
    private static final Concept DUE_AFTER_YEAR_FIVE = gaap("LongTermDebtMaturitiesRepaymentsOfPrincipalAfterYearFive",
            "Long-term Debt, Maturity, after Year Five");
    /** The order concepts appear in within a file. */
    private static final List<Concept> ORDER = List.of(SHARES, CASH, DA, INTEREST, LONG_TERM_DEBT, CURRENT,
            DUE_NEXT, DUE_YEAR_TWO, DUE_YEAR_THREE, DUE_YEAR_FOUR, DUE_YEAR_FIVE, DUE_AFTER_YEAR_FIVE,
            NONCURRENT, NET_INCOME, EBIT, CONTRACT_REVENUE, REVENUES, SHORT_TERM);

    private static final int QUIRKS_FIRST_YEAR = 2018;
    /** The first fiscal year whose 10-K files the maturities after year two: the last three before LAST_FILED's. */
    private static final int MATURITY_WALL_FIRST_YEAR = SampleCompany.LAST_FILED.getYear() - 2;

    private final int firstQuarterlyYear;
    private final int firstFiscalYear;

    CompanyfactsWriter(int firstQuarterlyYear, int firstFiscalYear) {
        this.firstQuarterlyYear = firstQuarterlyYear;
        this.firstFiscalYear = firstFiscalYear;
    }

    private static Concept gaap(String name, String label) {
        return new Concept("us-gaap", name, label, "USD");
    }

    /** Writes {@code companyfacts/CIK##########.json} for every company and the README under {@code secDir}. */
    void write(Path secDir, List<SampleCompany> companies) {
        List<SampleCompany> specials = companies.stream()
                .filter(c -> !c.largeCap && c.firstFiscalYear == firstFiscalYear
                        && c.lastFiled.equals(SampleCompany.LAST_FILED) && c.fiscalYearEndMonth == 12
                        && c.profile == SampleCompany.Profile.PROFITABLE && c.hasDebt && !c.splitDebt && c.reportsEbit())
                .sorted(Comparator.comparing(c -> c.ticker))
                // the deliberate quirks rewrite FY2018-FY2023 facts: a shorter history has none
                .limit(firstFiscalYear <= QUIRKS_FIRST_YEAR ? 6 : 0)
                .toList();
        String[] quirks = new String[specials.size()];
        for (SampleCompany c : companies) {
            Map<Concept, List<Fact>> facts = facts(c);
            int special = specials.indexOf(c);
            if (special >= 0) {
                quirks[special] = quirk(c, special, facts);
            }
            SampleFiles.writeString(secDir.resolve("companyfacts/CIK" + c.cik10() + ".json"), json(c, facts));
        }
        SampleFiles.writeString(secDir.resolve("companyfacts/README.txt"), """
                Synthetic SEC EDGAR companyfacts (capbrief sample). 10-K facts for every fiscal year 2014-2024 a
                company was listed; 10-Q year-to-date facts (with the prior-year comparatives) from fiscal 2024 on.
                Deliberate quirks, for the ingest and point-in-time tests:

                RESTATEMENTS (the same concept, start and end filed again later with another value):
                """ + String.join("", quirks));
    }

    private Map<Concept, List<Fact>> facts(SampleCompany c) {
        Map<Concept, List<Fact>> facts = new LinkedHashMap<>();
        for (Concept concept : ORDER) {
            facts.put(concept, new ArrayList<>());
        }
        Concept revenue = c.contractRevenue ? CONTRACT_REVENUE : REVENUES;
        for (Filing f : c.filings(firstQuarterlyYear)) {
            int fy = f.fy();
            int k = f.quarter();
            duration(facts, revenue, c, f, Flow.REVENUE);
            if (c.reportsEbit()) {
                duration(facts, EBIT, c, f, Flow.EBIT);
                duration(facts, DA, c, f, Flow.DA);
            }
            if (c.hasDebt) {
                duration(facts, INTEREST, c, f, Flow.INTEREST);
            }
            duration(facts, NET_INCOME, c, f, Flow.NET_INCOME);
            if (c.hasDebt) {
                double debt = c.debt(fy, k);
                double longTerm = c.longTermDebt(debt);
                if (c.splitDebt) {
                    instant(facts, NONCURRENT, f, 0.91 * longTerm);
                    instant(facts, CURRENT, f, 0.09 * longTerm);
                } else {
                    instant(facts, LONG_TERM_DEBT, f, longTerm);
                }
                if (c.shortTermBorrowings) {
                    instant(facts, SHORT_TERM, f, debt - longTerm);
                }
                if (f.annual()) {
                    instant(facts, DUE_NEXT, f, c.dueNext * debt);
                    instant(facts, DUE_YEAR_TWO, f, c.dueYearTwo * debt);
                }
                // the later buckets only in the latest 10-Ks, which the weeks of 2023 on read: the whole history's
                // would take the default sample past its size budget
                if (f.annual() && fy >= MATURITY_WALL_FIRST_YEAR) {
                    instant(facts, DUE_YEAR_THREE, f, c.dueYearThree * debt);
                    instant(facts, DUE_YEAR_FOUR, f, c.dueYearFour * debt);
                    instant(facts, DUE_YEAR_FIVE, f, c.dueYearFive * debt);
                    instant(facts, DUE_AFTER_YEAR_FIVE, f, c.dueAfterYearFive * debt);
                }
            }
            instant(facts, CASH, f, c.cash(fy, k));
            // the cover page states the count a couple of weeks before filing
            LocalDate cover = f.filed().minusDays(14);
            facts.get(SHARES).add(new Fact(null, cover, whole(c.shares(cover)), f.accn(), fy, f.fp(), f.form(),
                    f.filed(), null));
        }
        return facts;
    }

    /** The filing's year-to-date fact and, in a 10-Q, the prior year's comparative it repeats. */
    private static void duration(Map<Concept, List<Fact>> facts, Concept concept, SampleCompany c, Filing f, Flow flow) {
        int fy = f.fy();
        int k = f.quarter();
        LocalDate start = c.fiscalYearStart(fy);
        // EDGAR frames a fact that spans a calendar year or quarter; year-to-date halves and 9 months get none
        String frame = k == 4 ? "CY" + start.plusDays(182).getYear()
                : k == 1 ? "CY" + start.plusDays(45).getYear() + "Q" + ((start.plusDays(45).getMonthValue() - 1) / 3 + 1)
                : null;
        facts.get(concept).add(new Fact(start, f.periodEnd(), whole(c.flow(flow, fy, 1, k)), f.accn(), fy, f.fp(),
                f.form(), f.filed(), frame));
        if (!f.annual()) {
            facts.get(concept).add(new Fact(c.fiscalYearStart(fy - 1), c.quarterEnd(fy - 1, k),
                    whole(c.flow(flow, fy - 1, 1, k)), f.accn(), fy, f.fp(), f.form(), f.filed(), null));
        }
    }

    private static void instant(Map<Concept, List<Fact>> facts, Concept concept, Filing f, double value) {
        LocalDate end = f.periodEnd();
        String frame = "CY" + end.getYear() + "Q" + ((end.getMonthValue() - 1) / 3 + 1) + "I";
        facts.get(concept).add(new Fact(null, end, whole(value), f.accn(), f.fy(), f.fp(), f.form(), f.filed(), frame));
    }

    /** Adds quirk number {@code n} to the company's facts and returns its README line. */
    private static String quirk(SampleCompany c, int n, Map<Concept, List<Fact>> facts) {
        String who = "CIK" + c.cik10() + ".json (" + c.ticker + ", " + c.name + "): ";
        Concept revenue = c.contractRevenue ? CONTRACT_REVENUE : REVENUES;
        return switch (n) {
            case 0 -> restate(who, facts, revenue, 2021, LocalDate.of(2022, 9, 15), c, 0.97);
            case 1 -> restate(who, facts, NET_INCOME, 2022, LocalDate.of(2023, 6, 14), c, 0.85);
            case 2 -> restate(who, facts, LONG_TERM_DEBT, 2020, LocalDate.of(2021, 7, 20), c, 1.04);
            case 3 -> restate(who, facts, NET_INCOME, 2023, LocalDate.of(2024, 12, 12), c, -0.4)
                    + "   (filed AFTER 2024-11-22: the briefing for that week must still use the original)\n"
                    + "\nBAD FACTS (to be quarantined, the rest of the file read on):\n";
            case 4 -> {
                Fact original = annual(facts, revenue, 2018);
                facts.get(revenue).add(new Fact(original.start(), original.end(), "\"n/a\"", original.accn(), 2018, "FY",
                        "10-K", original.filed(), null));
                yield "- " + who + "us-gaap:" + revenue.name() + " " + original.start() + ".." + original.end()
                        + " filed " + original.filed() + " a second time with \"val\":\"n/a\" (a string)\n";
            }
            default -> {
                Fact original = annual(facts, CASH, 2019);
                facts.get(CASH).add(new Fact(null, null, original.val(), original.accn(), 2019, "FY", "10-K",
                        original.filed(), null));
                yield "- " + who + "us-gaap:" + CASH.name() + " fact of the FY2019 10-K filed " + original.filed()
                        + " a second time without \"end\"\n";
            }
        };
    }

    private static String restate(String who, Map<Concept, List<Fact>> facts, Concept concept, int fy, LocalDate filed,
                                  SampleCompany c, double factor) {
        Fact original = annual(facts, concept, fy);
        double value = Double.parseDouble(original.val()) * factor;
        // a negative factor turns the figure into a loss whatever its sign was
        String val = whole(factor < 0 ? -Math.abs(value) : value);
        facts.get(concept).add(new Fact(original.start(), original.end(), val, c.accn(filed, 901), fy, "FY", "10-K/A",
                filed, null));
        return "- " + who + concept.taxonomy() + ":" + concept.name() + " "
                + (original.start() == null ? "at " + original.end() : original.start() + ".." + original.end())
                + ": " + original.val() + " in the 10-K filed " + original.filed() + ", restated to " + val
                + " in a 10-K/A filed " + filed + "\n";
    }

    /** The 10-K fact of fiscal year {@code fy}. */
    private static Fact annual(Map<Concept, List<Fact>> facts, Concept concept, int fy) {
        return facts.get(concept).stream().filter(f -> f.form().equals("10-K") && f.fy() == fy && f.frame() != null)
                .findFirst().orElseThrow(() -> new IllegalStateException("no FY" + fy + " " + concept.name()));
    }

    private static String json(SampleCompany c, Map<Concept, List<Fact>> facts) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("{\"cik\":").append(c.cik).append(",\"entityName\":\"").append(escape(c.name)).append("\",\"facts\":{");
        String taxonomy = null;
        for (Map.Entry<Concept, List<Fact>> e : facts.entrySet()) {
            Concept concept = e.getKey();
            List<Fact> list = new ArrayList<>(e.getValue());
            if (list.isEmpty()) {
                continue;
            }
            if (!concept.taxonomy().equals(taxonomy)) {
                out.append(taxonomy == null ? "" : "},").append('"').append(concept.taxonomy()).append("\":{");
                taxonomy = concept.taxonomy();
            } else {
                out.append(',');
            }
            out.append('"').append(concept.name()).append("\":{\"label\":\"").append(concept.label())
                    .append("\",\"units\":{\"").append(concept.unit()).append("\":[");
            list.sort(Comparator.comparing(Fact::end, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Fact::start, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Fact::filed));
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                fact(out, list.get(i));
            }
            out.append("]}}");
        }
        return out.append(taxonomy == null ? "" : "}").append("}}").toString();
    }

    private static void fact(StringBuilder out, Fact f) {
        out.append('{');
        if (f.start() != null) {
            out.append("\"start\":\"").append(f.start()).append("\",");
        }
        if (f.end() != null) {
            out.append("\"end\":\"").append(f.end()).append("\",");
        }
        out.append("\"val\":").append(f.val())
                .append(",\"accn\":\"").append(f.accn())
                .append("\",\"fy\":").append(f.fy())
                .append(",\"fp\":\"").append(f.fp())
                .append("\",\"form\":\"").append(f.form())
                .append("\",\"filed\":\"").append(f.filed()).append('"');
        if (f.frame() != null) {
            out.append(",\"frame\":\"").append(f.frame()).append('"');
        }
        out.append('}');
    }

    /** Whole dollars or shares, as EDGAR reports them. */
    private static String whole(double value) {
        return Long.toString(Math.round(value));
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
