package io.capbrief.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Re-reads the written universe with plain parsing and checks the W = 2024-11-22 calibration of METRICS.md 4-5. */
class SampleUniverseTest {

    private static final LocalDate W = LocalDate.of(2024, 11, 22);
    /**
     * 80.8 MiB written: the company closes of both indices at every month-end from 2015 and every Friday of the last
     * two years (497,500 rows, 10.9 MB, what the history points and recent weeks price from) and SPDR files on every
     * grid date took it past the 72 MiB of before.
     */
    private static final long BUDGET_BYTES = 82L * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    /** Equity constituents of a holdings file: ticker to [weight %, price]. */
    record Constituent(String ticker, double weight, Double price, String sector) {
    }

    @BeforeAll
    static void writeUniverse() {
        new SampleUniverse().write(dir);
    }

    @Test
    void writingTwiceGivesIdenticalBytes(@TempDir Path other) throws IOException {
        new SampleUniverse().write(other);
        List<Path> files = files(dir);
        assertThat(files(other)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.readAllBytes(other.resolve(file))).as(file.toString()).isEqualTo(Files.readAllBytes(dir.resolve(file)));
        }
    }

    @Test
    void fileCountsAndBudget() throws IOException {
        List<Path> files = files(dir);
        assertThat(count(files, "holdings/IWM_holdings_\\d{4}-\\d\\d-\\d\\d\\.csv")).isEqualTo(31);
        assertThat(count(files, "holdings/SPY_holdings_\\d{4}-\\d\\d-\\d\\d\\.xlsx")).isEqualTo(31);
        assertThat(count(files, "estimates/consensus_\\d{4}-\\d\\d-\\d\\d\\.csv")).isEqualTo(65);
        JsonNode tickers = JSON.readTree(dir.resolve("sec/company_tickers.json").toFile());
        assertThat(count(files, "sec/companyfacts/CIK\\d{10}\\.json")).isEqualTo(tickers.size());
        assertThat(tickers.size()).as("companies").isGreaterThan(2500);
        assertThat(dir.resolve("holdings/IWM_holdings_2024-11-22.csv")).exists();
        assertThat(dir.resolve("holdings/SPY_holdings_2024-11-22.xlsx")).exists();
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(dir.resolve(f));
        }
        assertThat(bytes).as("total bytes").isLessThan(BUDGET_BYTES);
    }

    @Test
    void writesOnlyTheFilesTheManifestListsAndTwoReadmes() throws IOException {
        List<Path> files = files(dir);
        // 2,500 members on the first grid date, then 25 + 2 newcomers on each of the 30 later ones
        assertThat(count(files, "sec/companyfacts/CIK\\d{10}\\.json")).isEqualTo(3310);
        assertThat(files.stream().map(p -> p.toString().replace('\\', '/'))
                .filter(p -> !p.matches("holdings/(IWM|SPY)_holdings_\\d{4}-\\d\\d-\\d\\d\\.(csv|xlsx)"
                        + "|estimates/consensus_\\d{4}-\\d\\d-\\d\\d\\.csv|sec/companyfacts/CIK\\d{10}\\.json")))
                .containsExactly("estimates/README.txt", "prices/company_closes.csv", "sec/company_tickers.json",
                        "sec/companyfacts/README.txt");
        List<String> closes = Files.readAllLines(dir.resolve("prices/company_closes.csv"));
        assertThat(closes.get(0)).isEqualTo("date,ticker,close");
        // the 2,000 + 500 members on each of the 199 close dates (SampleDatesTest)
        assertThat(closes).hasSize(1 + 2500 * 199);
        assertThat(closes.get(1)).startsWith("2015-06-26,");
        assertThat(closes.get(closes.size() - 1)).startsWith("2024-12-27,");
    }

    @Test
    void isharesLayoutFollowsTheRealExport() throws IOException {
        String text = Files.readString(dir.resolve("holdings/IWM_holdings_2024-11-22.csv"));
        List<String> lines = List.of(text.split("\n", -1));
        assertThat(lines.get(0)).isEqualTo("\uFEFFiShares Russell 2000 ETF");
        assertThat(lines.get(1)).isEqualTo("Fund Holdings as of,\"Nov 22, 2024\"");
        assertThat(lines.get(8)).isEqualTo("\u00A0");
        assertThat(lines.get(9)).isEqualTo(IsharesHoldingsWriter.HEADER);
        assertThat(lines.get(10)).matches("\"[A-Z]{3,4}\",\"[A-Z ]+\",\"[A-Za-z ]+\",\"Equity\",\"[\\d,]+\\.\\d\\d\",.*");
        assertThat(text).as("cash, futures, '-' rows").contains("\"XTSLA\",", "\"Futures\"", "\"-\",\"");
        assertThat(text).as("footer ends the file without a newline").endsWith("coincidental.\"");
        List<Constituent> equities = ishares(W);
        double weights = equities.stream().mapToDouble(Constituent::weight).sum();
        assertThat(weights).as("equity weights sum").isStrictlyBetween(98.5, 101.0);
        assertThat(equities.size()).as("constituents").isStrictlyBetween(1900, 2100);
    }

    @Test
    void forwardPeAtW() throws IOException {
        Map<String, Double> ntm = ntmEps(W);
        double small = forwardPe(ishares(W), ntm);
        double large = forwardPe(spdr(W), ntm);
        System.out.printf("forward P/E at W: Russell 2000 %.2f, S&P 500 %.2f%n", small, large);
        assertThat(small).as("Russell 2000 forward P/E").isBetween(27.0, 29.0);
        assertThat(large).as("S&P 500 forward P/E").isBetween(22.0, 24.0);
        long negative = ishares(W).stream().filter(c -> ntm.containsKey(c.ticker()) && ntm.get(c.ticker()) < 0).count();
        assertThat(negative / (double) ishares(W).size()).as("Russell 2000 share with negative NTM EPS").isBetween(0.10, 0.15);
    }

    @Test
    void companyClosesAreTheHoldingsPricesOnGridDatesAndCoverEveryMonthEnd() throws IOException {
        LocalDate grid = LocalDate.of(2019, 12, 27);
        for (LocalDate day : List.of(grid, W)) {
            for (Constituent c : ishares(day)) {
                assertThat(closes().get(day).get(c.ticker())).as(c.ticker() + " on " + day).isEqualTo(c.price());
            }
        }
        // 2019-11-29 and 2016-09-30 fall between grid dates: the members of the holdings before them have closes
        for (Constituent c : ishares(LocalDate.of(2019, 6, 28))) {
            assertThat(closes().get(LocalDate.of(2019, 11, 29))).as(c.ticker()).containsKey(c.ticker());
        }
        for (Constituent c : spdr(LocalDate.of(2016, 6, 24))) {
            assertThat(c.price()).as(c.ticker()).isNotNull();
            assertThat(closes().get(LocalDate.of(2016, 9, 30))).as(c.ticker()).containsKey(c.ticker());
        }
    }

    @Test
    void forwardPeMeetsItsAnchorsOnPastEstimateDates() throws IOException {
        // SampleHistory's anchors, up to the cents the estimates are printed in
        Map<LocalDate, double[]> anchors = Map.of(LocalDate.of(2016, 6, 24), new double[] {22.0, 17.2},
                LocalDate.of(2020, 3, 27), new double[] {19.0, 15.5}, LocalDate.of(2022, 12, 30), new double[] {20.5, 16.7});
        for (Map.Entry<LocalDate, double[]> a : anchors.entrySet()) {
            Map<String, Double> ntm = ntmEps(a.getKey());
            assertThat(forwardPe(ishares(a.getKey()), ntm)).as("Russell 2000 on " + a.getKey()).isCloseTo(a.getValue()[0], within(0.3));
            assertThat(forwardPe(spdr(a.getKey()), ntm)).as("S&P 500 on " + a.getKey()).isCloseTo(a.getValue()[1], within(0.3));
        }
    }

    /** METRICS.md 8's history points: every month's last close date from the first holdings file, then W. */
    @Test
    void forwardEarningsArePositiveAtEveryMonthEndAndTheDecadeAveragesReadLikeTheRealOnes() throws IOException {
        NavigableMap<LocalDate, Double> small = new TreeMap<>();
        NavigableMap<LocalDate, Double> large = new TreeMap<>();
        NavigableMap<LocalDate, Path> estimateFiles = datedFiles("estimates", "consensus_");
        Map<String, CSVRecord> latest = new HashMap<>();
        NavigableMap<LocalDate, Map<String, Double>> closes = closes();
        for (LocalDate point : historyPoints(closes.navigableKeySet())) {
            for (Path file : estimateFiles.headMap(point, true).values()) {
                readEstimates(file, latest);
            }
            estimateFiles.headMap(point, true).clear();
            Map<String, Double> ntm = blended(latest, point);
            small.put(point, forwardPe(priced(ishares(datedFiles("holdings", "IWM_holdings_").floorKey(point)), closes.get(point)), ntm));
            large.put(point, forwardPe(priced(spdr(datedFiles("holdings", "SPY_holdings_").floorKey(point)), closes.get(point)), ntm));
        }
        System.out.println("forward P/E at month-ends, Russell 2000 / S&P 500:");
        small.forEach((d, pe) -> System.out.printf("  %s %5.1f %5.1f%n", d, pe, large.get(d)));
        // 2015-06 to 2024-10 and W
        assertThat(small).hasSize(113 + 1);
        assertThat(small.values()).as("Russell 2000: positive forward earnings, a plausible P/E").allMatch(pe -> pe > 15 && pe < 40);
        assertThat(large.values()).as("S&P 500").allMatch(pe -> pe > 13 && pe < 26);
        double smallAverage = small.headMap(W).values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double largeAverage = large.headMap(W).values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        System.out.printf("10-year averages: Russell 2000 %.2f, S&P 500 %.2f%n", smallAverage, largeAverage);
        assertThat(smallAverage).as("Russell 2000 10-year average").isBetween(23.0, 26.0);
        assertThat(largeAverage).as("S&P 500 10-year average").isBetween(17.5, 19.5);
    }

    // TTM net income is approximated by the latest 10-K NetIncomeLoss filed <= W (enough for its sign, which is
    // what % unprofitable counts: every profile keeps its sign across the fiscal year).
    @Test
    void unprofitableShareAtW() throws IOException {
        Map<String, String> cikByTicker = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : JSON.readTree(dir.resolve("sec/company_tickers.json").toFile()).properties()) {
            cikByTicker.put(e.getValue().get("ticker").asString(), String.format("%010d", e.getValue().get("cik_str").asLong()));
        }
        double small = unprofitable(ishares(W), cikByTicker);
        double large = unprofitable(spdr(W), cikByTicker);
        System.out.printf("unprofitable at W: Russell 2000 %.3f, S&P 500 %.3f%n", small, large);
        assertThat(small).as("Russell 2000 unprofitable").isBetween(0.37, 0.43);
        assertThat(large).as("S&P 500 unprofitable").isBetween(0.05, 0.08);
    }

    @Test
    void aShorterHistoryKeepsItsQuirksWhileTheirYearsAreInItAndDropsThemAfter(@TempDir Path six, @TempDir Path five)
            throws IOException {
        // FY2018 is the earliest year a quirk rewrites: six years of filings (from FY2018) hold all six
        new SampleUniverse(100, 6).write(six);
        assertThat(quirkFiles(six)).hasSize(6);
        // five (from FY2019) cannot hold them, and has none rather than failing
        new SampleUniverse(100, 5).write(five);
        assertThat(quirkFiles(five)).isEmpty();
    }

    private static List<String> quirkFiles(Path universe) throws IOException {
        Matcher m = Pattern.compile("(CIK\\d{10}\\.json)").matcher(Files.readString(universe.resolve("sec/companyfacts/README.txt")));
        List<String> named = new ArrayList<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        return named;
    }

    @Test
    void restatementsAndBadFactsArePresent() throws IOException {
        String readme = Files.readString(dir.resolve("sec/companyfacts/README.txt"));
        List<String> named = quirkFiles(dir);
        assertThat(named).as(readme).hasSize(6);
        int restated = 0;
        int restatedAfterW = 0;
        for (String file : named.subList(0, 4)) {
            String text = Files.readString(dir.resolve("sec/companyfacts/" + file));
            Matcher amended = Pattern.compile("\"form\":\"10-K/A\",\"filed\":\"(\\d{4}-\\d\\d-\\d\\d)\"").matcher(text);
            while (amended.find()) {
                restated++;
                restatedAfterW += LocalDate.parse(amended.group(1)).isAfter(W) ? 1 : 0;
            }
        }
        assertThat(restated).isEqualTo(4);
        assertThat(restatedAfterW).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("sec/companyfacts/" + named.get(4)))).contains("\"val\":\"n/a\"");
        JsonNode facts = JSON.readTree(dir.resolve("sec/companyfacts/" + named.get(5)).toFile());
        boolean missingEnd = false;
        for (JsonNode fact : facts.at("/facts/us-gaap/CashAndCashEquivalentsAtCarryingValue/units/USD")) {
            missingEnd |= !fact.has("end");
        }
        assertThat(missingEnd).as("a fact without end").isTrue();
        String estimates = Files.readString(dir.resolve("estimates/consensus_2024-11-22.csv"));
        assertThat(estimates).as("two unreadable estimate rows").contains(",2024-11-31,", ",n/a,");
    }

    // ---- reading the files back

    private static List<Constituent> ishares(LocalDate date) throws IOException {
        String text = Files.readString(dir.resolve("holdings/IWM_holdings_" + date + ".csv"));
        String table = text.substring(text.indexOf("Ticker,Name"), text.indexOf("\n\u00A0\n", text.indexOf("Ticker,Name")));
        List<Constituent> rows = new ArrayList<>();
        try (Reader in = new StringReader(table)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (r.get("Asset Class").equals("Equity") && !r.get("Ticker").equals("-")) {
                    rows.add(new Constituent(r.get("Ticker"), number(r.get("Weight (%)")), number(r.get("Price")), r.get("Sector")));
                }
            }
        }
        return rows;
    }

    /** SPDR equities, priced from prices/company_closes.csv since the workbook has no price column. */
    private static List<Constituent> spdr(LocalDate date) throws IOException {
        Map<String, Double> closes = closes().getOrDefault(date, Map.of());
        List<Constituent> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(dir.resolve("holdings/SPY_holdings_" + date + ".xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo("As of " + DateTimeFormatter.ofPattern("dd-MMM-uuuu", Locale.ENGLISH).format(date));
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Ticker");
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    break;
                }
                String ticker = row.getCell(1).getStringCellValue();
                if (!ticker.startsWith("CASH_")) {
                    rows.add(new Constituent(ticker, row.getCell(4).getNumericCellValue(), closes.get(ticker),
                            row.getCell(5).getStringCellValue()));
                }
            }
        }
        return rows;
    }

    private static NavigableMap<LocalDate, Map<String, Double>> closeCache;

    /** prices/company_closes.csv by date, then ticker. */
    private static synchronized NavigableMap<LocalDate, Map<String, Double>> closes() throws IOException {
        if (closeCache == null) {
            closeCache = new TreeMap<>();
            try (Reader in = Files.newBufferedReader(dir.resolve("prices/company_closes.csv"))) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    closeCache.computeIfAbsent(LocalDate.parse(r.get("date")), d -> new HashMap<>())
                            .put(r.get("ticker"), Double.parseDouble(r.get("close")));
                }
            }
        }
        return closeCache;
    }

    /** Each month's last close date from the first one, the months before W's, then W. */
    private static List<LocalDate> historyPoints(Iterable<LocalDate> closeDates) {
        NavigableMap<java.time.YearMonth, LocalDate> last = new TreeMap<>();
        for (LocalDate d : closeDates) {
            last.merge(java.time.YearMonth.from(d), d, (a, b) -> a.isAfter(b) ? a : b);
        }
        List<LocalDate> points = new ArrayList<>(last.headMap(java.time.YearMonth.from(W)).values());
        points.add(W);
        return points;
    }

    /** The constituents priced as a briefing prices them when a close source is configured: the day's close. */
    private static List<Constituent> priced(List<Constituent> constituents, Map<String, Double> closes) {
        return constituents.stream()
                .map(c -> new Constituent(c.ticker(), c.weight(), closes.get(c.ticker()), c.sector())).toList();
    }

    private static NavigableMap<LocalDate, Path> datedFiles(String folder, String prefix) throws IOException {
        NavigableMap<LocalDate, Path> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir.resolve(folder))) {
            list.filter(p -> p.getFileName().toString().startsWith(prefix)).forEach(p -> files.put(
                    LocalDate.parse(p.getFileName().toString().substring(prefix.length(), prefix.length() + 10)), p));
        }
        return files;
    }

    private static void readEstimates(Path file, Map<String, CSVRecord> latest) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (readable(r)) {
                    latest.put(r.get("ticker"), r);
                }
            }
        }
    }

    /** NTM EPS per METRICS.md 4 on {@code w} from each ticker's estimate row: its ntm_eps, else FY1 and FY2 blended. */
    private static Map<String, Double> blended(Map<String, CSVRecord> latest, LocalDate w) {
        Map<String, Double> ntm = new HashMap<>();
        latest.forEach((ticker, r) -> {
            if (!r.get("ntm_eps").isEmpty()) {
                ntm.put(ticker, Double.parseDouble(r.get("ntm_eps")));
            } else {
                double a = Math.max(0, Math.min(1, ChronoUnit.DAYS.between(w, LocalDate.parse(r.get("fiscal_year_end"))) / 365.25));
                ntm.put(ticker, a * Double.parseDouble(r.get("fy1_eps")) + (1 - a) * Double.parseDouble(r.get("fy2_eps")));
            }
        });
        return ntm;
    }

    /** NTM EPS per METRICS.md 4 from the latest readable estimate row dated <= w. */
    private static Map<String, Double> ntmEps(LocalDate w) throws IOException {
        Map<String, CSVRecord> latest = new HashMap<>();
        for (Path file : datedFiles("estimates", "consensus_").headMap(w, true).values()) {
            readEstimates(file, latest);
        }
        return blended(latest, w);
    }

    private static boolean readable(CSVRecord r) {
        try {
            LocalDate.parse(r.get("as_of"));
            Double.parseDouble(r.get("fy1_eps"));
            Double.parseDouble(r.get("fy2_eps"));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** 1 / sum(w_i * EPS_i / price_i), weights renormalised over the constituents with NTM EPS and price. */
    private static double forwardPe(List<Constituent> constituents, Map<String, Double> ntm) {
        double weights = 0;
        double yield = 0;
        for (Constituent c : constituents) {
            if (ntm.containsKey(c.ticker()) && c.price() != null && c.price() > 0) {
                weights += c.weight();
                yield += c.weight() * ntm.get(c.ticker()) / c.price();
            }
        }
        return weights / yield;
    }

    private static double unprofitable(List<Constituent> constituents, Map<String, String> cikByTicker) throws IOException {
        int defined = 0;
        int losses = 0;
        for (Constituent c : constituents) {
            JsonNode facts = JSON.readTree(dir.resolve("sec/companyfacts/CIK" + cikByTicker.get(c.ticker()) + ".json").toFile());
            JsonNode latest = null;
            for (JsonNode f : facts.at("/facts/us-gaap/NetIncomeLoss/units/USD")) {
                if (f.get("form").asString().equals("10-K") && !LocalDate.parse(f.get("filed").asString()).isAfter(W)
                        && (latest == null || f.get("end").asString().compareTo(latest.get("end").asString()) > 0)) {
                    latest = f;
                }
            }
            if (latest != null) {
                defined++;
                losses += latest.get("val").asDouble() < 0 ? 1 : 0;
            }
        }
        return losses / (double) defined;
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static long count(List<Path> files, String regex) {
        return files.stream().filter(p -> p.toString().replace('\\', '/').matches(regex)).count();
    }
}
