package io.capbrief.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final long BUDGET_BYTES = 72L * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;
    static List<String> manifest;

    /** Equity constituents of a holdings file: ticker to [weight %, price]. */
    record Constituent(String ticker, double weight, Double price, String sector) {
    }

    @BeforeAll
    static void writeUniverse() {
        manifest = new SampleUniverse().write(dir);
    }

    @Test
    void writingTwiceGivesIdenticalBytes(@TempDir Path other) throws IOException {
        new SampleUniverse().write(other);
        List<Path> files = files(dir);
        assertEquals(files, files(other));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(file)), Files.readAllBytes(other.resolve(file)), file.toString());
        }
    }

    @Test
    void fileCountsAndBudget() throws IOException {
        List<Path> files = files(dir);
        assertEquals(31, count(files, "holdings/IWM_holdings_\\d{4}-\\d\\d-\\d\\d\\.csv"));
        assertEquals(11, count(files, "holdings/SPY_holdings_\\d{4}-\\d\\d-\\d\\d\\.xlsx"));
        assertEquals(65, count(files, "estimates/consensus_\\d{4}-\\d\\d-\\d\\d\\.csv"));
        JsonNode tickers = JSON.readTree(dir.resolve("sec/company_tickers.json").toFile());
        assertEquals(tickers.size(), count(files, "sec/companyfacts/CIK\\d{10}\\.json"));
        assertTrue(tickers.size() > 2500, "companies: " + tickers.size());
        assertTrue(Files.exists(dir.resolve("holdings/IWM_holdings_2024-11-22.csv")));
        assertTrue(Files.exists(dir.resolve("holdings/SPY_holdings_2024-11-22.xlsx")));
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(dir.resolve(f));
        }
        assertTrue(bytes < BUDGET_BYTES, "total " + bytes + " bytes");
        assertEquals(SampleUniverse.MANIFEST_LINES, manifest);
    }

    @Test
    void isharesLayoutFollowsTheRealExport() throws IOException {
        String text = Files.readString(dir.resolve("holdings/IWM_holdings_2024-11-22.csv"));
        List<String> lines = List.of(text.split("\n", -1));
        assertEquals("\uFEFFiShares Russell 2000 ETF", lines.get(0));
        assertEquals("Fund Holdings as of,\"Nov 22, 2024\"", lines.get(1));
        assertEquals("\u00A0", lines.get(8));
        assertEquals(IsharesHoldingsWriter.HEADER, lines.get(9));
        assertTrue(lines.get(10).matches("\"[A-Z]{3,4}\",\"[A-Z ]+\",\"[A-Za-z ]+\",\"Equity\",\"[\\d,]+\\.\\d\\d\",.*"), lines.get(10));
        assertTrue(text.contains("\"XTSLA\",") && text.contains("\"Futures\"") && text.contains("\"-\",\""), "cash, futures, '-' rows");
        assertTrue(text.endsWith("coincidental.\""), "footer ends the file without a newline");
        List<Constituent> equities = ishares(W);
        double weights = equities.stream().mapToDouble(Constituent::weight).sum();
        assertTrue(weights > 98.5 && weights < 101, "equity weights sum to " + weights);
        assertTrue(equities.size() > 1900 && equities.size() < 2100, "constituents: " + equities.size());
    }

    @Test
    void forwardPeAtW() throws IOException {
        Map<String, Double> ntm = ntmEps(W);
        double small = forwardPe(ishares(W), ntm);
        double large = forwardPe(spdr(W), ntm);
        System.out.printf("forward P/E at W: Russell 2000 %.2f, S&P 500 %.2f%n", small, large);
        assertInRange(27, 29, small, "Russell 2000 forward P/E");
        assertInRange(22, 24, large, "S&P 500 forward P/E");
        long negative = ishares(W).stream().filter(c -> ntm.containsKey(c.ticker()) && ntm.get(c.ticker()) < 0).count();
        assertInRange(0.10, 0.15, negative / (double) ishares(W).size(), "Russell 2000 share with negative NTM EPS");
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
        assertInRange(0.37, 0.43, small, "Russell 2000 unprofitable");
        assertInRange(0.05, 0.08, large, "S&P 500 unprofitable");
    }

    @Test
    void aShorterHistoryKeepsItsQuirksWhileTheirYearsAreInItAndDropsThemAfter(@TempDir Path six, @TempDir Path five)
            throws IOException {
        // FY2018 is the earliest year a quirk rewrites: six years of filings (from FY2018) hold all six
        new SampleUniverse(100, 6).write(six);
        assertEquals(6, quirkFiles(six).size());
        // five (from FY2019) cannot hold them, and has none rather than failing
        new SampleUniverse(100, 5).write(five);
        assertEquals(0, quirkFiles(five).size());
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
        Matcher m = Pattern.compile("(CIK\\d{10}\\.json)").matcher(readme);
        List<String> named = new ArrayList<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        assertEquals(6, named.size(), readme);
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
        assertEquals(4, restated);
        assertEquals(1, restatedAfterW);
        assertTrue(Files.readString(dir.resolve("sec/companyfacts/" + named.get(4))).contains("\"val\":\"n/a\""));
        JsonNode facts = JSON.readTree(dir.resolve("sec/companyfacts/" + named.get(5)).toFile());
        boolean missingEnd = false;
        for (JsonNode fact : facts.at("/facts/us-gaap/CashAndCashEquivalentsAtCarryingValue/units/USD")) {
            missingEnd |= !fact.has("end");
        }
        assertTrue(missingEnd, "a fact without end");
        String estimates = Files.readString(dir.resolve("estimates/consensus_2024-11-22.csv"));
        assertTrue(estimates.contains(",2024-11-31,") && estimates.contains(",n/a,"), "two unreadable estimate rows");
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
        Map<String, Double> closes = new HashMap<>();
        try (Reader in = Files.newBufferedReader(dir.resolve("prices/company_closes.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (LocalDate.parse(r.get("date")).equals(date)) {
                    closes.put(r.get("ticker"), Double.parseDouble(r.get("close")));
                }
            }
        }
        List<Constituent> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(dir.resolve("holdings/SPY_holdings_" + date + ".xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("As of 22-Nov-2024", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("Ticker", sheet.getRow(4).getCell(1).getStringCellValue());
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

    /** NTM EPS per METRICS.md 4 from the latest readable estimate row dated <= w. */
    private static Map<String, Double> ntmEps(LocalDate w) throws IOException {
        Map<String, CSVRecord> latest = new HashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir.resolve("estimates"))) {
            files = list.filter(p -> p.getFileName().toString().startsWith("consensus_")).sorted().toList();
        }
        for (Path file : files) {
            LocalDate fileDate = LocalDate.parse(file.getFileName().toString().substring(10, 20));
            if (fileDate.isAfter(w)) {
                continue;
            }
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    if (readable(r)) {
                        latest.put(r.get("ticker"), r);
                    }
                }
            }
        }
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

    private static void assertInRange(double min, double max, double actual, String what) {
        assertTrue(actual >= min && actual <= max, what + " = " + actual + ", expected in [" + min + ", " + max + "]");
    }
}
