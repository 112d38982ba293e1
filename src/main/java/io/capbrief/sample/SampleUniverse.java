package io.capbrief.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;

/**
 * Writes a deterministic synthetic company universe (about 2,000 Russell-2000-like and 500 S&P-500-like
 * companies) as iShares and SPDR holdings, SEC companyfacts and company_tickers, and consensus estimates,
 * calibrated so the week ending 2024-11-22 reads like the real one (METRICS.md sections 3-5).
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
    /** Older years are annual-only (10-K): quarterly 10-Qs for every year would put the sample far over 60 MB. */
    static final int FIRST_QUARTERLY_YEAR = 2024;

    private static final long SEED = 20241122L + 2000;
    private static final int SMALL_MEMBERS = 2000;
    private static final int SMALL_TURNOVER = 25;
    private static final int LARGE_MEMBERS = 500;
    private static final int LARGE_TURNOVER = 2;

    private static final String[] SECTORS = {
            "Financials", "Health Care", "Industrials", "Information Technology", "Consumer Discretionary",
            "Real Estate", "Energy", "Materials", "Consumer Staples", "Utilities", "Communication"};
    private static final double[] SMALL_SECTOR_SHARES = {21, 20, 13, 11, 10, 5.5, 5.5, 4, 3, 1.6, 4};
    private static final double[] LARGE_SECTOR_SHARES = {14, 12, 15, 14, 10, 6, 4, 5, 7, 6, 7};

    private final TradingCalendar calendar = TradingCalendar.equities();
    private final List<LocalDate> grid;
    private final int wIndex;
    private final List<SampleCompany> small = new ArrayList<>();
    private final List<SampleCompany> large = new ArrayList<>();
    /** Closes of every company on each grid date, indexed like the grid; null when not yet listed. */
    private final Map<SampleCompany, BigDecimal[]> closes = new IdentityHashMap<>();
    /** The factors the calibration applied, for the record. */
    private final List<String> calibration = new ArrayList<>();

    /** The sample's own scale: the companies on the grid dates (members and leavers), and the years of filings. */
    public static final int DEFAULT_COMPANIES = SMALL_MEMBERS + LARGE_MEMBERS;
    public static final int DEFAULT_YEARS = W.getYear() - SampleCompany.FIRST_FISCAL_YEAR;

    private final int smallMembers;
    private final int largeMembers;
    private final int firstFiscalYear;

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
        grid = holdingsDates();
        wIndex = grid.indexOf(W);
        build();
    }

    /**
     * Writes the universe into {@code dir} (created if needed), overwriting earlier sample files.
     *
     * @return the manifest lines to add to the {@code sources:} list of sources.yml
     */
    public List<String> write(Path dir) {
        List<SampleCompany> all = companies();
        for (int j = 0; j < grid.size(); j++) {
            LocalDate date = grid.get(j);
            writeString(dir.resolve("holdings/IWM_holdings_" + date + ".csv"),
                    IsharesHoldingsWriter.csv(date, ishares(j)));
            if (spdrDate(j)) {
                SpdrHoldingsWriter.write(dir.resolve("holdings/SPY_holdings_" + date + ".xlsx"), date, spdr(j));
            }
        }
        new CompanyfactsWriter(FIRST_QUARTERLY_YEAR, firstFiscalYear).write(dir.resolve("sec"), all);
        writeString(dir.resolve("sec/company_tickers.json"), CompanyTickersWriter.json(all));
        EstimatesWriter estimates = new EstimatesWriter(this);
        for (LocalDate asOf : estimateDates()) {
            writeString(dir.resolve("estimates/consensus_" + asOf + ".csv"), estimates.csv(asOf));
        }
        writeString(dir.resolve("estimates/README.txt"), estimates.readme());
        writeString(dir.resolve("prices/company_closes.csv"), companyCloses());
        return MANIFEST_LINES;
    }

    // ---- dates

    /** Quarter-end Fridays (traded) from 2020, half-year-end ones before (for size), plus W. */
    List<LocalDate> holdingsDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = firstFiscalYear + 1; year <= 2024; year++) {
            for (int month = year < 2020 ? 6 : 3; month <= 12; month += year < 2020 ? 6 : 3) {
                dates.add(lastFridayTraded(year, month));
            }
        }
        dates.add(W);
        Collections.sort(dates);
        return dates;
    }

    /** SPDR files are yearly (each December grid date) plus W, to keep the sample small. */
    boolean spdrDate(int j) {
        return j == wIndex || grid.get(j).getMonthValue() == 12;
    }

    /** Month-end Fridays (traded) from 2022, quarter-end ones before (for size), plus W. */
    List<LocalDate> estimateDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = firstFiscalYear + 1; year <= 2024; year++) {
            for (int month = year < 2022 ? 3 : 1; month <= 12; month += year < 2022 ? 3 : 1) {
                dates.add(lastFridayTraded(year, month));
            }
        }
        dates.add(W);
        Collections.sort(dates);
        return dates;
    }

    private LocalDate lastFridayTraded(int year, int month) {
        LocalDate d = LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
        while (!calendar.isTradingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    List<LocalDate> grid() {
        return grid;
    }

    int wIndex() {
        return wIndex;
    }

    /** The index of the latest grid date on or before {@code day}; 0 before the first. */
    int gridIndexOf(LocalDate day) {
        int j = 0;
        while (j + 1 < grid.size() && !grid.get(j + 1).isAfter(day)) {
            j++;
        }
        return j;
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

    BigDecimal close(SampleCompany c, int j) {
        return closes.get(c)[j];
    }

    // ---- holdings rows

    List<Holding> ishares(int j) {
        List<SampleCompany> members = small.stream().filter(c -> c.memberAt(j)).toList();
        double nav = 67e9 * indexRatio(SampleHistory.RUT, grid.get(j))
                * StrictMath.exp(0.06 * ChronoUnit.DAYS.between(W, grid.get(j)) / 365.25);
        return IsharesHoldingsWriter.rows(grid.get(j), members, c -> close(c, j), nav,
                SampleHistory.RUT.floorEntry(grid.get(j)).getValue());
    }

    List<Holding> spdr(int j) {
        List<SampleCompany> members = large.stream().filter(c -> c.memberAt(j)).toList();
        return SpdrHoldingsWriter.rows(grid.get(j), members, c -> close(c, j));
    }

    // ---- building the universe

    private void build() {
        Random random = new Random(SEED);
        CompanyNames names = new CompanyNames(SEED + 1);
        membership(large, true, largeMembers, scaled(LARGE_TURNOVER, largeMembers, LARGE_MEMBERS), names, random);
        membership(small, false, smallMembers, scaled(SMALL_TURNOVER, smallMembers, SMALL_MEMBERS), names, random);
        assignProfiles(large, random, 0.02, 0.06, 0.02, 0.015, 0.5, scaled(2, largeMembers, LARGE_MEMBERS));
        // at least the two companies whose deliberately unreadable estimate rows the sample carries
        assignProfiles(small, random, 0.10, 0.41, 0.09, 0.12, 0.22, Math.max(2, scaled(15, smallMembers, SMALL_MEMBERS)));
        for (SampleCompany c : companies()) {
            drawFinancials(c);
            closes.put(c, priceHistory(c));
        }
        calibrateLeverage("S&P 500 ", large, LARGE_COVERAGE, LARGE_NET_DEBT_TO_EBITDA);
        calibrateLeverage("Russell 2000 ", small, SMALL_COVERAGE, SMALL_NET_DEBT_TO_EBITDA);
        calibration.add("S&P 500 earnings yield scale " + UniverseCalibration.forwardEarnings(large, spdr(wIndex), LARGE_FORWARD_PE));
        calibration.add("Russell 2000 earnings yield scale " + UniverseCalibration.forwardEarnings(small, ishares(wIndex), SMALL_FORWARD_PE));
    }

    /**
     * The sample's own scale always reaches its targets; a much smaller benchmark universe may hold
     * too few profitable borrowers to, and then keeps its drawn leverage.
     */
    private void calibrateLeverage(String index, List<SampleCompany> pool, double coverage, double netDebtToEbitda) {
        try {
            calibration.add(index + UniverseCalibration.leverage(pool, wIndex, W, FIRST_QUARTERLY_YEAR, coverage,
                    netDebtToEbitda));
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

    /** A stable membership of {@code size} names where {@code turnover} leave and as many enter at each later date. */
    private void membership(List<SampleCompany> pool, boolean largeCap, int size, int turnover,
                            CompanyNames names, Random random) {
        for (int i = 0; i < size; i++) {
            pool.add(newCompany(largeCap, names, random, 0));
        }
        for (int j = 1; j < grid.size(); j++) {
            int date = j;
            List<SampleCompany> current = new ArrayList<>(pool.stream().filter(c -> c.memberAt(date)).toList());
            for (int n = 0; n < turnover; n++) {
                SampleCompany leaving = current.remove(random.nextInt(current.size()));
                leaving.exit = j;
                // most leavers were taken over: they stop filing once they are gone
                leaving.lastFiled = grid.get(j);
            }
            for (int n = 0; n < turnover; n++) {
                SampleCompany entering = newCompany(largeCap, names, random, j);
                // a newcomer listed a year or two before it joined
                entering.firstFiscalYear = Math.max(firstFiscalYear,
                        grid.get(j).getYear() - 1 - random.nextInt(2));
                pool.add(entering);
            }
        }
    }

    private SampleCompany newCompany(boolean largeCap, CompanyNames names, Random random, int entry) {
        String sector = SECTORS[pickWeighted(largeCap ? LARGE_SECTOR_SHARES : SMALL_SECTOR_SHARES, random)];
        String stem = names.stem();
        String name = stem + " " + suffix(sector, random);
        String ticker = names.ticker(stem, largeCap && random.nextBoolean() ? 3 : 4);
        double u = random.nextDouble();
        String exchange = largeCap ? (u < 0.25 ? "NASDAQ" : "New York Stock Exchange Inc.")
                : u < 0.60 ? "NASDAQ" : u < 0.97 ? "New York Stock Exchange Inc." : "Nyse Mkt Llc";
        double fy = random.nextDouble();
        int fyEnd = sector.equals("Financials") || fy < 0.8 ? 12 : fy < 0.9 ? 6 : 9;
        SampleCompany c = new SampleCompany(largeCap, name, ticker, names.cik(), names.cusip(), names.sedol(),
                sector, exchange, fyEnd, random.nextDouble() < 0.4, random.nextDouble() < 0.25);
        c.entry = entry;
        c.exit = grid.size();
        c.firstFiscalYear = firstFiscalYear;
        return c;
    }

    private static String suffix(String sector, Random random) {
        String[] options = switch (sector) {
            case "Financials" -> new String[]{"Bancorp Inc.", "Financial Corp.", "Capital Group Inc.", "Bancshares Inc."};
            case "Health Care" -> new String[]{"Therapeutics Inc.", "Biosciences Inc.", "Medical Corp.", "Health Inc."};
            case "Real Estate" -> new String[]{"Realty Trust", "Properties Inc.", "REIT Inc."};
            case "Energy" -> new String[]{"Energy Inc.", "Resources Corp.", "Petroleum Corp."};
            case "Information Technology" -> new String[]{"Technologies Inc.", "Systems Inc.", "Software Corp."};
            case "Utilities" -> new String[]{"Power Co.", "Utilities Inc.", "Water Co."};
            default -> new String[]{"Holdings Inc.", "Inc.", "Corp.", "Group Inc.", "Brands Inc."};
        };
        return options[random.nextInt(options.length)];
    }

    private static int pickWeighted(double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * Profiles by exact quota among the members at W, so the counts the calibration tests check hold by
     * construction; the other companies draw theirs with the same odds.
     */
    private void assignProfiles(List<SampleCompany> pool, Random random, double financialLoss, double loss,
                                double zombie, double negativeForward, double lossWithDebt, int noEstimates) {
        List<SampleCompany> atW = new ArrayList<>(pool.stream().filter(c -> c.memberAt(wIndex)).toList());
        Collections.shuffle(atW, random);
        List<SampleCompany> financial = atW.stream().filter(SampleCompany::financialSector).toList();
        List<SampleCompany> other = atW.stream().filter(c -> !c.financialSector()).toList();
        int nLossFinancial = (int) Math.round(financial.size() * financialLoss);
        for (int i = 0; i < nLossFinancial; i++) {
            financial.get(i).profile = SampleCompany.Profile.LOSS;
        }
        int nZombie = (int) Math.round(other.size() * zombie);
        int nLoss = (int) Math.round(other.size() * loss);
        for (int i = 0; i < nZombie + nLoss; i++) {
            other.get(i).profile = i < nZombie ? SampleCompany.Profile.ZOMBIE : SampleCompany.Profile.LOSS;
        }
        for (SampleCompany c : pool) {
            if (!c.memberAt(wIndex)) {
                double u = random.nextDouble();
                double lossShare = c.financialSector() ? financialLoss : loss;
                double zombieShare = c.financialSector() ? 0 : zombie;
                c.profile = u < zombieShare ? SampleCompany.Profile.ZOMBIE
                        : u < zombieShare + lossShare ? SampleCompany.Profile.LOSS : SampleCompany.Profile.PROFITABLE;
            }
        }
        List<SampleCompany> losers = atW.stream().filter(c -> c.profile == SampleCompany.Profile.LOSS).toList();
        int nNegative = (int) Math.round(atW.size() * negativeForward);
        for (int i = 0; i < Math.min(nNegative, losers.size()); i++) {
            losers.get(i).negativeForward = true;
        }
        for (SampleCompany c : pool) {
            boolean debt = random.nextDouble() < (c.profile == SampleCompany.Profile.LOSS ? lossWithDebt
                    : c.profile == SampleCompany.Profile.ZOMBIE ? 1.0 : c.largeCap ? 0.92 : 0.85);
            c.hasDebt = debt;
            c.blendOnly = random.nextDouble() < 0.2;
            c.shortTermBorrowings = random.nextDouble() < (c.largeCap ? 0.6 : 0.4);
        }
        for (int i = 0; i < noEstimates; i++) {
            atW.get(atW.size() - 1 - i).noEstimates = true;
        }
    }

    /** The company's own numbers, from a seed of its own so that one company's draws never shift another's. */
    private void drawFinancials(SampleCompany c) {
        Random r = new Random(SEED ^ (c.cik * 0x9E3779B97F4A7C15L));
        boolean big = c.largeCap;
        double marketCap = big ? clamp(35e9 * StrictMath.exp(1.1 * r.nextGaussian()), 6e9, 3.5e12)
                : clamp(1.0e9 * StrictMath.exp(0.9 * r.nextGaussian()), 0.12e9, 12e9);
        double price = big ? clamp(150 * StrictMath.exp(0.7 * r.nextGaussian()), 15, 2000)
                : clamp(25 * StrictMath.exp(0.9 * r.nextGaussian()), 1.2, 400);
        c.priceW = round2(price);
        c.sharesW = Math.rint(marketCap / c.priceW);
        double salesToCap = switch (c.profile) {
            case PROFITABLE -> (big ? 0.3 : 0.9) * StrictMath.exp(0.6 * r.nextGaussian());
            case ZOMBIE -> (big ? 0.6 : 1.0) * StrictMath.exp(0.5 * r.nextGaussian());
            case LOSS -> (big ? 0.4 : 0.25) * StrictMath.exp(0.9 * r.nextGaussian());
        };
        c.revenue = marketCap * salesToCap;
        c.margin = switch (c.profile) {
            case PROFITABLE -> big ? uniform(r, 0.08, 0.35) : uniform(r, 0.05, 0.22);
            case ZOMBIE -> uniform(r, 0.01, 0.06);
            case LOSS -> big ? -uniform(r, 0.03, 0.3) : -uniform(r, 0.05, 0.45);
        };
        c.daRatio = c.sector.equals("Real Estate") ? uniform(r, 0.15, 0.25) : uniform(r, 0.02, 0.08);
        c.growth = big ? uniform(r, 0.0, 0.09) : uniform(r, -0.02, 0.12);
        double rate = big ? uniform(r, 0.03, 0.055) : uniform(r, 0.055, 0.09);
        double ebit = c.revenue * c.margin;
        switch (c.profile) {
            case PROFITABLE -> {
                double coverage = big ? clamp(10 * StrictMath.exp(0.7 * r.nextGaussian()), 3, 80)
                        : clamp(3.5 * StrictMath.exp(0.6 * r.nextGaussian()), 1.9, 30);
                c.interestRef = ebit / coverage;
                c.debtRef = c.interestRef / rate;
            }
            case ZOMBIE -> {
                // below 0.7 so the lower rates of 2021-2022 still leave coverage under 1
                c.interestRef = ebit / uniform(r, 0.35, 0.7);
                c.debtRef = c.interestRef / rate;
            }
            case LOSS -> {
                c.debtRef = c.revenue * uniform(r, 0.3, 1.5);
                c.interestRef = c.debtRef * rate;
            }
        }
        c.cashRef = c.profile == SampleCompany.Profile.LOSS ? marketCap * uniform(r, 0.1, 0.4)
                : c.revenue * (big ? uniform(r, 0.03, 0.15) : uniform(r, 0.03, 0.2));
        c.dueNext = uniform(r, 0.03, 0.25);
        c.dueYearTwo = uniform(r, 0.03, 0.2);
        for (int i = 0; i < c.yearNoise.length; i++) {
            c.yearNoise[i] = uniform(r, -0.03, 0.03);
            // bounded, so a profitable company's coverage never dips below 1 and a zombie's never reaches it
            c.marginNoise[i] = 1 + uniform(r, -0.05, 0.05);
        }
        double seasonTotal = 0;
        for (int k = 0; k < 4; k++) {
            c.season[k] = 1 + uniform(r, -0.03, 0.03);
            seasonTotal += c.season[k];
            c.cashWiggle[k] = 1 + uniform(r, -0.1, 0.1);
        }
        for (int k = 0; k < 4; k++) {
            c.season[k] *= 4 / seasonTotal;
        }
        c.earningsYield = c.negativeForward ? -(big ? uniform(r, 0.01, 0.05) : uniform(r, 0.02, 0.25))
                : switch (c.profile) {
                    case PROFITABLE -> (big ? 0.05 : 0.065) * StrictMath.exp((big ? 0.3 : 0.45) * r.nextGaussian());
                    case ZOMBIE -> uniform(r, 0.01, 0.05);
                    case LOSS -> uniform(r, 0.005, 0.04);
                };
        c.analysts = big ? 12 + r.nextInt(30) : 1 + r.nextInt(12);
    }

    /** Closes on the grid dates: the index's path times an idiosyncratic walk that ends at W's price. */
    private BigDecimal[] priceHistory(SampleCompany c) {
        Random r = new Random(SEED ^ (c.cik * 0xC2B2AE3D27D4EB4FL));
        NavigableMap<LocalDate, Double> index = c.largeCap ? SampleHistory.SP500 : SampleHistory.RUT;
        BigDecimal[] prices = new BigDecimal[grid.size()];
        double idio = 0;
        for (int j = wIndex; j >= 0; j--) {
            prices[j] = new BigDecimal(Math.max(0.5, c.priceW * indexRatio(index, grid.get(j)) * StrictMath.exp(idio)))
                    .setScale(2, RoundingMode.HALF_UP);
            idio += 0.12 * r.nextGaussian();
        }
        for (int j = wIndex + 1; j < grid.size(); j++) {
            double step = StrictMath.exp(0.05 * r.nextGaussian());
            prices[j] = new BigDecimal(c.priceW * indexRatio(index, grid.get(j)) * step).setScale(2, RoundingMode.HALF_UP);
        }
        prices[wIndex] = new BigDecimal(c.priceW).setScale(2, RoundingMode.HALF_UP);
        return prices;
    }

    private static double indexRatio(NavigableMap<LocalDate, Double> index, LocalDate day) {
        return index.floorEntry(day).getValue() / index.floorEntry(W).getValue();
    }

    /** {@code date,ticker,close} for the S&P 500 members on each grid date: the SPDR workbook has no price column. */
    private String companyCloses() {
        StringBuilder out = new StringBuilder("date,ticker,close\n");
        for (int j = 0; j < grid.size(); j++) {
            int date = j;
            large.stream().filter(c -> c.memberAt(date)).sorted(Comparator.comparing(c -> c.ticker))
                    .forEach(c -> out.append(grid.get(date)).append(',').append(c.ticker).append(',')
                            .append(close(c, date).toPlainString()).append('\n'));
        }
        return out.toString();
    }

    /** Rounded through the exact decimal of the double, so the result never depends on Double.toString. */
    static double round2(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static double uniform(Random r, double from, double to) {
        return from + (to - from) * r.nextDouble();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    static void writeString(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
