package io.capbrief.sample;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a deterministic synthetic company universe (about 2,000 Russell-2000-like and 500 S&P-500-like
 * companies) as iShares and SPDR holdings, SEC companyfacts and company_tickers, consensus estimates and
 * company closes, calibrated so the week ending 2024-11-22 reads like the real one (METRICS.md sections 3-5)
 * and its forward P/E on earlier dates follows a plausible past.
 */
public final class SampleUniverse {

    /** The calibration week: the figures at W are set by construction. */
    public static final LocalDate W = LocalDate.of(2024, 11, 22);

    /** The manifest entries for the files written, as lines of the {@code sources:} list of sources.yml. */
    public static final List<String> MANIFEST_LINES = List.of(
            "  - { id: iwm-holdings,  format: ishares-holdings-csv,     path: \"holdings/IWM_holdings_*.csv\",  index: RUSSELL_2000 }",
            "  - { id: spy-holdings,  format: spdr-holdings-xlsx,       path: \"holdings/SPY_holdings_*.xlsx\", index: SP_500 }",
            "  - { id: sec-tickers,   format: sec-company-tickers-json, path: sec/company_tickers.json }",
            "  - { id: sec-facts,     format: sec-companyfacts-json,    path: \"sec/companyfacts/CIK*.json\" }",
            "  - { id: estimates,     format: estimates-csv,            path: \"estimates/consensus_*.csv\" }",
            "  - { id: company-closes, format: ticker-prices-csv,       path: prices/company_closes.csv }");

    // Targets at W; see METRICS.md 4-5 and the calibration tests.
    static final double SMALL_FORWARD_PE = 28.0;
    static final double LARGE_FORWARD_PE = 23.0;
    static final double SMALL_COVERAGE = 2.5;
    static final double LARGE_COVERAGE = 10.0;
    static final double SMALL_NET_DEBT_TO_EBITDA = 3.5;
    static final double LARGE_NET_DEBT_TO_EBITDA = 1.75;
    /** About the Russell 2000's 7.1% of Oct 2024 (METRICS.md 5); large companies' fixed coupons keep theirs lower. */
    static final double SMALL_EFFECTIVE_RATE = 0.070;
    static final double LARGE_EFFECTIVE_RATE = 0.041;
    /** Older years are annual-only (10-K): quarterly 10-Qs for every year would put the sample far over 60 MB. */
    static final int FIRST_QUARTERLY_YEAR = 2024;

    private static final long SEED = 20241122L + 2000;
    private static final int SMALL_MEMBERS = 2000;
    private static final int SMALL_TURNOVER = 25;
    private static final int LARGE_MEMBERS = 500;
    private static final int LARGE_TURNOVER = 2;

    /** The sample's own scale: the companies on the grid dates (members and leavers), and the years of filings. */
    public static final int DEFAULT_COMPANIES = SMALL_MEMBERS + LARGE_MEMBERS;
    public static final int DEFAULT_YEARS = W.getYear() - SampleCompany.FIRST_FISCAL_YEAR;

    private final int smallMembers;
    private final int largeMembers;
    private final int firstFiscalYear;
    private final SampleDates dates;
    private final List<SampleCompany> small;
    private final List<SampleCompany> large;
    /** Closes of every company in cents, indexed like the close dates (members or not, so a walk never depends on membership). */
    private final Map<SampleCompany, long[]> closes = new IdentityHashMap<>();
    /** The factors the calibration applied, for the record. */
    private final List<String> calibration = new ArrayList<>();

    public SampleUniverse() {
        this(DEFAULT_COMPANIES, DEFAULT_YEARS);
    }

    /**
     * A universe of another size, for benchmarks: {@code companies} index members at each date, split
     * between the two indices as in the sample (4 : 1), with turnover and estimate gaps in proportion,
     * and filings from {@code years} years before W.
     */
    public SampleUniverse(int companies, int years) {
        if (companies < 10 || years < 1 || years > DEFAULT_YEARS) {
            throw new IllegalArgumentException("a sample universe needs at least 10 companies and 1 to "
                    + DEFAULT_YEARS + " years, not " + companies + " companies and " + years + " years");
        }
        largeMembers = Math.max(2, Math.round(companies * (float) LARGE_MEMBERS / DEFAULT_COMPANIES));
        smallMembers = companies - largeMembers;
        firstFiscalYear = W.getYear() - years;
        dates = new SampleDates(firstFiscalYear);
        // one stream of draws for membership and profiles, in this order: reordering them changes every file
        Random random = new Random(SEED);
        IndexMembership membership = new IndexMembership(dates.grid(),
                new CompanyIdentities(new CompanyNames(SEED + 1), dates.grid().size(), firstFiscalYear), firstFiscalYear);
        large = membership.draw(true, largeMembers, scaled(LARGE_TURNOVER, largeMembers, LARGE_MEMBERS), random);
        small = membership.draw(false, smallMembers, scaled(SMALL_TURNOVER, smallMembers, SMALL_MEMBERS), random);
        ProfileQuotas.LARGE.assign(large, dates.wIndex(), random, scaled(2, largeMembers, LARGE_MEMBERS));
        // at least the two companies whose deliberately unreadable estimate rows the sample carries
        ProfileQuotas.SMALL.assign(small, dates.wIndex(), random, Math.max(2, scaled(15, smallMembers, SMALL_MEMBERS)));
        for (SampleCompany c : companies()) {
            FinancialsDraw.draw(c, SEED);
            FinancialsDraw.drawLaterMaturities(c, SEED);
            closes.put(c, PriceHistory.closes(c, SEED, dates.closeDates(), dates.closeIndexOfGrid(dates.wIndex())));
        }
        calibrateLeverage("S&P 500 ", large, LARGE_COVERAGE, LARGE_EFFECTIVE_RATE, LARGE_NET_DEBT_TO_EBITDA);
        calibrateLeverage("Russell 2000 ", small, SMALL_COVERAGE, SMALL_EFFECTIVE_RATE, SMALL_NET_DEBT_TO_EBITDA);
        calibration.add("S&P 500 earnings yield scale "
                + UniverseCalibration.forwardEarnings(large, spdr(dates.wIndex()), LARGE_FORWARD_PE));
        calibration.add("Russell 2000 earnings yield scale "
                + UniverseCalibration.forwardEarnings(small, ishares(dates.wIndex()), SMALL_FORWARD_PE));
    }

    /**
     * Writes the universe into {@code dir} (created if needed), overwriting earlier sample files.
     *
     * @return the manifest lines to add to the {@code sources:} list of sources.yml
     */
    public List<String> write(Path dir) {
        List<SampleCompany> all = companies();
        List<LocalDate> grid = dates.grid();
        for (int j = 0; j < grid.size(); j++) {
            LocalDate date = grid.get(j);
            SampleFiles.writeString(dir.resolve("holdings/IWM_holdings_" + date + ".csv"),
                    IsharesHoldingsWriter.csv(date, ishares(j)));
            SpdrHoldingsWriter.write(dir.resolve("holdings/SPY_holdings_" + date + ".xlsx"), date, spdr(j));
        }
        new CompanyfactsWriter(FIRST_QUARTERLY_YEAR, firstFiscalYear).write(dir.resolve("sec"), all);
        SampleFiles.writeString(dir.resolve("sec/company_tickers.json"), CompanyTickersWriter.json(all));
        EstimatesWriter estimates = new EstimatesWriter(this);
        for (LocalDate asOf : dates.estimateDates()) {
            SampleFiles.writeString(dir.resolve("estimates/consensus_" + asOf + ".csv"), estimates.csv(asOf));
        }
        SampleFiles.writeString(dir.resolve("estimates/README.txt"), estimates.readme());
        SampleFiles.writeString(dir.resolve("prices/company_closes.csv"), CompanyClosesWriter.csv(this));
        return MANIFEST_LINES;
    }

    SampleDates dates() {
        return dates;
    }

    List<SampleCompany> companies() {
        List<SampleCompany> all = new ArrayList<>(large);
        all.addAll(small);
        return all;
    }

    List<String> calibration() {
        return calibration;
    }

    List<SampleCompany> small() {
        return small;
    }

    List<SampleCompany> large() {
        return large;
    }

    /** The close on grid date {@code j}: the holdings files print it. */
    BigDecimal close(SampleCompany c, int j) {
        return closeOn(c, dates.closeIndexOfGrid(j));
    }

    /** The close on close date {@code k}. */
    BigDecimal closeOn(SampleCompany c, int k) {
        return BigDecimal.valueOf(closes.get(c)[k], 2);
    }

    /** The rows of the iShares file on grid date {@code j}: the fund's assets follow the Russell 2000 and grow 6% a year besides. */
    List<Holding> ishares(int j) {
        LocalDate date = dates.grid().get(j);
        List<SampleCompany> members = small.stream().filter(c -> c.memberAt(j)).toList();
        SyntheticPath rut = MarketPaths.rut();
        double nav = 67e9 * MarketPaths.ratioToW(rut, date) * StrictMath.exp(0.06 * ChronoUnit.DAYS.between(W, date) / 365.25);
        return IsharesHoldingsWriter.rows(date, members, c -> close(c, j), nav, rut.values().floorEntry(date).getValue());
    }

    List<Holding> spdr(int j) {
        List<SampleCompany> members = large.stream().filter(c -> c.memberAt(j)).toList();
        return SpdrHoldingsWriter.rows(dates.grid().get(j), members, c -> close(c, j));
    }

    /**
     * The sample's own scale always reaches its targets; a much smaller benchmark universe may hold
     * too few profitable borrowers to, and then keeps its drawn leverage.
     */
    private void calibrateLeverage(String index, List<SampleCompany> pool, double coverage, double effectiveRate,
                                   double netDebtToEbitda) {
        try {
            calibration.add(index + UniverseCalibration.leverage(pool, dates.wIndex(), W, FIRST_QUARTERLY_YEAR, coverage,
                    effectiveRate, netDebtToEbitda));
        } catch (IllegalStateException e) {
            if (smallMembers + largeMembers == DEFAULT_COMPANIES && firstFiscalYear == W.getYear() - DEFAULT_YEARS) {
                throw e;
            }
            calibration.add(index + "leverage left as drawn: " + e.getMessage());
        }
    }

    private static int scaled(int count, int members, int sampleMembers) {
        return Math.round(count * (float) members / sampleMembers);
    }
}
