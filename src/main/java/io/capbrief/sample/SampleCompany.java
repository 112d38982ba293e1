package io.capbrief.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** One synthetic company: identity, index membership, a financial profile and the quarterly flows and filings it implies. */
final class SampleCompany {

    /** What the company's income statement looks like in its latest years. */
    enum Profile {
        /** EBIT comfortably above interest, positive net income. */
        PROFITABLE,
        /** Positive EBIT below its interest expense: loss-making, a zombie once three years are filed. */
        ZOMBIE,
        /** Negative EBIT (a biotech, a start-up): loss-making. */
        LOSS
    }

    /** The quarterly flows the duration concepts report. */
    enum Flow { REVENUE, EBIT, DA, INTEREST, NET_INCOME }

    /** One filing: a 10-K for a fiscal year or a 10-Q for its first three quarters. */
    record Filing(String form, int fy, int quarter, LocalDate periodEnd, LocalDate filed, String accn) {

        boolean annual() {
            return quarter == 4;
        }

        String fp() {
            return annual() ? "FY" : "Q" + quarter;
        }
    }

    static final int FIRST_FISCAL_YEAR = 2014;
    static final LocalDate LAST_FILED = LocalDate.of(2024, 12, 31);
    private static final int YEAR0 = 2010;

    // identity
    final boolean largeCap;
    final String name;
    final String ticker;
    final long cik;
    final String cusip;
    final String sedol;
    final String sector;
    final String exchange;
    final int fiscalYearEndMonth;
    /** Reports RevenueFromContractWithCustomerExcludingAssessedTax rather than Revenues. */
    final boolean contractRevenue;
    /** Reports LongTermDebtNoncurrent + LongTermDebtCurrent rather than LongTermDebt. */
    final boolean splitDebt;
    /** Has short-term borrowings besides its long-term debt; many small companies have none. */
    boolean shortTermBorrowings;

    // membership on the holdings date grid: a member from entry (inclusive) to exit (exclusive)
    int entry;
    int exit;
    int firstFiscalYear = FIRST_FISCAL_YEAR;
    LocalDate lastFiled = LAST_FILED;

    // profile, set by ProfileQuotas and FinancialsDraw before calibration
    Profile profile = Profile.PROFITABLE;
    boolean hasDebt;
    boolean negativeForward;
    boolean noEstimates;
    boolean blendOnly;
    double priceW;
    double sharesW;
    double revenue;
    double margin;
    double daRatio;
    double growth;
    double interestRef;
    double debtRef;
    double cashRef;
    double dueNext;
    double dueYearTwo;
    /** Years three to five and after five, as shares of total debt, drawn by {@link FinancialsDraw#drawLaterMaturities}. */
    double dueYearThree;
    double dueYearFour;
    double dueYearFive;
    double dueAfterYearFive;
    double earningsYield;
    double ntmEpsW;
    int analysts;
    final double[] yearNoise = new double[20];
    final double[] marginNoise = new double[20];
    final double[] season = new double[4];
    final double[] cashWiggle = new double[4];

    SampleCompany(boolean largeCap, String name, String ticker, long cik, String cusip, String sedol, String sector,
                  String exchange, int fiscalYearEndMonth, boolean contractRevenue, boolean splitDebt) {
        this.largeCap = largeCap;
        this.name = name;
        this.ticker = ticker;
        this.cik = cik;
        this.cusip = cusip;
        this.sedol = sedol;
        this.sector = sector;
        this.exchange = exchange;
        this.fiscalYearEndMonth = fiscalYearEndMonth;
        this.contractRevenue = contractRevenue;
        this.splitDebt = splitDebt;
    }

    boolean memberAt(int dateIndex) {
        return dateIndex >= entry && dateIndex < exit;
    }

    /** Banks report neither operating income nor D&A, as real ones do not. */
    boolean reportsEbit() {
        return !sector.equals("Financials");
    }

    boolean financialSector() {
        return sector.equals("Financials") || sector.equals("Real Estate");
    }

    String cik10() {
        return String.format("%010d", cik);
    }

    // ---- fiscal calendar

    LocalDate fiscalYearEnd(int fy) {
        return LocalDate.of(fy, fiscalYearEndMonth, 1).with(TemporalAdjusters.lastDayOfMonth());
    }

    LocalDate fiscalYearStart(int fy) {
        return fiscalYearEnd(fy - 1).plusDays(1);
    }

    /** The end of fiscal quarter {@code k} (1..4) of fiscal year {@code fy}. */
    LocalDate quarterEnd(int fy, int k) {
        return fiscalYearEnd(fy - 1).withDayOfMonth(1).plusMonths(3L * k).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** The first fiscal year whose end is on or after {@code day}. */
    int fiscalYearOf(LocalDate day) {
        int fy = day.getYear();
        return fiscalYearEnd(fy).isBefore(day) ? fy + 1 : fy;
    }

    /**
     * The company's filings filed up to its last filing day, in filing order: a 10-K for every fiscal
     * year, and 10-Qs from {@code firstQuarterlyYear} on (the sample keeps older years annual-only for size).
     */
    List<Filing> filings(int firstQuarterlyYear) {
        List<Filing> filings = new ArrayList<>();
        int seq = 1;
        for (int fy = firstFiscalYear; fy <= LAST_FILED.getYear() + 1; fy++) {
            for (int k = 1; k <= 4; k++) {
                if (k < 4 && fy < firstQuarterlyYear) {
                    continue;
                }
                LocalDate end = quarterEnd(fy, k);
                // jitter from a seed of its own, so adding a filing never moves another one
                Random jitter = new Random(cik * 100 + fy * 5L + k);
                int lag = k == 4 ? (largeCap ? 55 : 62) + jitter.nextInt(12) : (largeCap ? 35 : 39) + jitter.nextInt(6);
                LocalDate filed = weekday(end.plusDays(lag));
                if (filed.isAfter(lastFiled)) {
                    continue;
                }
                filings.add(new Filing(k == 4 ? "10-K" : "10-Q", fy, k, end, filed, accn(filed, seq++)));
            }
        }
        filings.sort((a, b) -> a.filed().compareTo(b.filed()));
        return filings;
    }

    String accn(LocalDate filed, int seq) {
        return String.format("%010d-%02d-%06d", cik, filed.getYear() % 100, seq);
    }

    static LocalDate weekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY ? day.plusDays(2) : dow == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    /** The latest filing filed on or before {@code day}, or null. */
    Filing latestFiling(List<Filing> filings, LocalDate day) {
        Filing latest = null;
        for (Filing f : filings) {
            if (!f.filed().isAfter(day) && (latest == null || f.periodEnd().isAfter(latest.periodEnd()))) {
                latest = f;
            }
        }
        return latest;
    }

    // ---- the financial model: annual levels times a growth path, spread over the quarters

    private double scale(int fy) {
        return StrictMath.exp(growth * (fy - 2024) + yearNoise[fy - YEAR0]);
    }

    /**
     * Rates were low until 2021 and highest from 2023, and interest expense follows: a small company's mostly
     * floating-rate debt fully (its effective rate about 5% before 2022, 7% after), a large one's fixed coupons less.
     */
    double rateLevel(int fy) {
        return fy <= 2021 ? (largeCap ? 0.85 : 0.74) : fy == 2022 ? (largeCap ? 0.92 : 0.87) : 1.0;
    }

    /** The flow of fiscal quarter {@code k} of fiscal year {@code fy}. */
    double flow(Flow flow, int fy, int k) {
        double revenue = this.revenue * scale(fy) * season[k - 1] / 4;
        double ebit = revenue * margin * marginNoise[fy - YEAR0];
        double interest = hasDebt ? interestRef * scale(fy) * rateLevel(fy) / 4 : 0;
        return switch (flow) {
            case REVENUE -> revenue;
            case EBIT -> ebit;
            case DA -> revenue * daRatio;
            case INTEREST -> interest;
            // only profitable companies pay tax; the others' losses are EBIT less interest
            case NET_INCOME -> profile == Profile.PROFITABLE ? 0.79 * (ebit - interest) : ebit - interest;
        };
    }

    /** The sum of quarters {@code from..to} of fiscal year {@code fy}. */
    double flow(Flow flow, int fy, int from, int to) {
        double sum = 0;
        for (int k = from; k <= to; k++) {
            sum += flow(flow, fy, k);
        }
        return sum;
    }

    /** The trailing four quarters ending with fiscal quarter {@code k} of {@code fy}. */
    double trailing(Flow flow, int fy, int k) {
        return flow(flow, fy, 1, k) + flow(flow, fy - 1, k + 1, 4);
    }

    /** Total debt at the end of fiscal quarter {@code k} of {@code fy}; 0 when the company has none. */
    double debt(int fy, int k) {
        return hasDebt ? debtRef * scale(fy) * (1 + 0.01 * (k - 4)) : 0;
    }

    /**
     * Total debt as METRICS.md 3 reads it from the facts filed: its first option, LongTermDebt + ShortTermBorrowings,
     * takes a split filer's short-term borrowings alone (the data-quality section names such companies).
     */
    double debtAsRead(int fy, int k) {
        double debt = debt(fy, k);
        return splitDebt && shortTermBorrowings ? debt - longTermDebt(debt) : debt;
    }

    /** The long-term part of a total debt: all of it, or 90% beside short-term borrowings. */
    double longTermDebt(double debt) {
        return shortTermBorrowings ? 0.9 * debt : debt;
    }

    double cash(int fy, int k) {
        return cashRef * scale(fy) * cashWiggle[k - 1];
    }

    /** Shares outstanding on a day: 2% a year of dilution towards W's count. */
    double shares(LocalDate day) {
        double years = ChronoUnit.DAYS.between(SampleUniverse.W, day) / 365.25;
        return sharesW * StrictMath.exp(0.02 * years);
    }
}
