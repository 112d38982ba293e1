package io.capbrief.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLandingZoneTest {

    private static final LocalDate W = LocalDate.of(2024, 11, 22);
    private static final LocalDate ELECTION = LocalDate.of(2024, 11, 5);
    private static final LocalDate YEAR_END = LocalDate.of(2023, 12, 29);
    private static final List<String> FILES = List.of(
            "prices/RUT.csv", "fred/SP500.csv", "fred/NASDAQCOM.csv", "fred/DGS10.csv", "fred/DFF.csv", "sources.yml");

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeSample() {
        new SampleLandingZone().writeMarket(dir);
    }

    @Test
    void writingTwiceGivesIdenticalBytes(@TempDir Path other) throws IOException {
        List<Path> written = new SampleLandingZone().writeMarket(other);
        assertEquals(FILES, written.stream().map(p -> p.toString().replace('\\', '/')).toList());
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(file)), Files.readAllBytes(other.resolve(file)), file);
        }
    }

    @Test
    void headersAndLineEndingsFollowThePublishers() throws IOException {
        String rut = Files.readString(dir.resolve("prices/RUT.csv"));
        assertTrue(rut.startsWith("Date,Close,High,Low,Open,Volume\r\n2014-01-02,"), rut.substring(0, 60));
        assertTrue(rut.endsWith("\r\n"));
        assertEquals(rut.split("\n").length, rut.split("\r\n").length, "every line ends in CRLF");
        for (String series : List.of("SP500", "NASDAQCOM", "DGS10", "DFF")) {
            String fred = Files.readString(dir.resolve("fred/" + series + ".csv"));
            assertTrue(fred.startsWith("observation_date," + series + "\n"), series);
            assertFalse(fred.contains("\r"), series);
        }
    }

    @Test
    void russell2000CalibrationForWeekEnding20241122() throws IOException {
        NavigableMap<LocalDate, Double> rut = numbers(column("prices/RUT.csv", "Close"));
        double sinceElection = close(rut, W) / close(rut, ELECTION) - 1;
        double ytd = close(rut, W) / close(rut, YEAR_END) - 1;
        Map.Entry<LocalDate, Double> high = rut.headMap(W, true).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        double offHigh = close(rut, W) / high.getValue() - 1;
        double electionJump = close(rut, LocalDate.of(2024, 11, 6)) / close(rut, ELECTION) - 1;

        assertInRange(0.055, 0.068, sinceElection, "RUT since election");
        assertInRange(0.18, 0.20, ytd, "RUT YTD");
        assertInRange(-0.02, 0.0, offHigh, "RUT off record high");
        assertEquals(LocalDate.of(2021, 11, 8), high.getKey());
        assertInRange(0.055, 0.061, electionJump, "RUT on 2024-11-06");
        assertInRange(1100, 1200, rut.firstEntry().getValue(), "RUT in Jan 2014");
        assertInRange(2350, 2450, close(rut, W), "RUT at W");
    }

    @Test
    void russell2000BarsAreConsistent() throws IOException {
        try (Reader in = Files.newBufferedReader(dir.resolve("prices/RUT.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                double close = Double.parseDouble(r.get("Close"));
                double open = Double.parseDouble(r.get("Open"));
                assertTrue(Double.parseDouble(r.get("High")) >= Math.max(open, close), r.get("Date"));
                assertTrue(Double.parseDouble(r.get("Low")) <= Math.min(open, close), r.get("Date"));
                assertTrue(Long.parseLong(r.get("Volume")) > 0, r.get("Date"));
            }
        }
    }

    @Test
    void sp500AndNasdaqCalibration() throws IOException {
        NavigableMap<LocalDate, Double> sp500 = numbers(column("fred/SP500.csv", "SP500"));
        NavigableMap<LocalDate, Double> nasdaq = numbers(column("fred/NASDAQCOM.csv", "NASDAQCOM"));

        assertInRange(0.25, 0.27, close(sp500, W) / close(sp500, YEAR_END) - 1, "SP500 YTD");
        assertInRange(0.035, 0.043, close(sp500, W) / close(sp500, ELECTION) - 1, "SP500 since election");
        assertInRange(0.27, 0.29, close(nasdaq, W) / close(nasdaq, YEAR_END) - 1, "NASDAQ YTD");
        assertInRange(1800, 1900, sp500.firstEntry().getValue(), "SP500 in Jan 2014");
        assertInRange(5850, 6050, close(sp500, W), "SP500 at W");
        assertInRange(4050, 4250, nasdaq.firstEntry().getValue(), "NASDAQ in Jan 2014");
        assertInRange(18500, 19500, close(nasdaq, W), "NASDAQ at W");
    }

    @Test
    void ratesCalibration() throws IOException {
        NavigableMap<LocalDate, Double> dgs10 = numbers(column("fred/DGS10.csv", "DGS10"));
        assertEquals(4.41, close(dgs10, W), 1e-9);
        assertEquals(4.28, close(dgs10, ELECTION), 1e-9);
        double low = dgs10.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = dgs10.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertInRange(0.4, 0.6, low, "DGS10 low");
        assertInRange(4.9, 5.1, high, "DGS10 high");

        NavigableMap<LocalDate, String> dff = column("fred/DFF.csv", "DFF");
        assertEquals("0.08", dff.get(LocalDate.of(2014, 6, 2)));
        assertEquals("0.09", dff.get(LocalDate.of(2021, 6, 1)));
        assertEquals("5.33", dff.get(LocalDate.of(2023, 8, 1)));
        assertEquals("5.33", dff.get(LocalDate.of(2024, 9, 18)));
        assertEquals("4.83", dff.get(LocalDate.of(2024, 9, 19)));
        assertEquals("4.83", dff.get(LocalDate.of(2024, 11, 7)));
        assertEquals("4.58", dff.get(LocalDate.of(2024, 11, 8)));
        assertEquals("4.58", dff.get(LocalDate.of(2024, 12, 18)));
        assertEquals("4.33", dff.get(LocalDate.of(2024, 12, 19)));
    }

    @Test
    void holidaysFollowEachPublishersConvention() throws IOException {
        LocalDate thanksgiving = LocalDate.of(2024, 11, 28);
        NavigableMap<LocalDate, String> rut = column("prices/RUT.csv", "Close");
        assertFalse(rut.containsKey(thanksgiving));
        assertFalse(rut.containsKey(LocalDate.of(2024, 12, 25)));
        assertFalse(rut.containsKey(LocalDate.of(2024, 11, 23)), "no weekends");
        assertTrue(rut.containsKey(LocalDate.of(2021, 12, 31)));

        NavigableMap<LocalDate, String> sp500 = column("fred/SP500.csv", "SP500");
        assertEquals("", sp500.get(thanksgiving));
        assertEquals("", sp500.get(LocalDate.of(2014, 1, 1)));
        assertFalse(sp500.containsKey(LocalDate.of(2024, 11, 23)), "no weekends");

        assertFalse(column("fred/NASDAQCOM.csv", "NASDAQCOM").containsKey(thanksgiving));

        NavigableMap<LocalDate, String> dgs10 = column("fred/DGS10.csv", "DGS10");
        assertEquals(".", dgs10.get(thanksgiving));
        assertEquals(".", dgs10.get(LocalDate.of(2024, 11, 11)), "Veterans Day: bond market closed");
        assertTrue(dgs10.get(LocalDate.of(2024, 11, 29)).matches("\\d\\.\\d\\d"));

        NavigableMap<LocalDate, String> dff = column("fred/DFF.csv", "DFF");
        assertEquals("4.58", dff.get(LocalDate.of(2024, 11, 23)), "DFF is a 7-day series");
        assertEquals("4.58", dff.get(thanksgiving));
    }

    @Test
    void firstAndLastDates() throws IOException {
        assertDates("prices/RUT.csv", "Close", "2014-01-02", "2024-12-31", 2768);
        assertDates("fred/SP500.csv", "SP500", "2014-01-01", "2024-12-31", 2870);
        assertDates("fred/NASDAQCOM.csv", "NASDAQCOM", "2014-01-02", "2024-12-31", 2768);
        assertDates("fred/DGS10.csv", "DGS10", "2014-01-01", "2024-12-31", 2870);
        assertDates("fred/DFF.csv", "DFF", "2014-01-01", "2024-12-31", 4018);
    }

    @Test
    void sourcesYml() throws IOException {
        assertEquals("""
                # capbrief sample landing zone: synthetic data (fixed seed) in the publishers' real formats.
                sources:
                  - { id: rut,    format: price-csv, path: prices/RUT.csv,     index: RUSSELL_2000 }
                  - { id: sp500,  format: fred-csv,  path: fred/SP500.csv,     index: SP_500 }
                  - { id: nasdaq, format: fred-csv,  path: fred/NASDAQCOM.csv, index: NASDAQ_COMPOSITE }
                  - { id: dgs10,  format: fred-csv,  path: fred/DGS10.csv,     series: DGS10 }
                  - { id: dff,    format: fred-csv,  path: fred/DFF.csv,       series: DFF }
                events:
                  - { id: us-election, date: 2024-11-05, label: US election }
                """, Files.readString(dir.resolve("sources.yml")));
    }

    private static void assertDates(String file, String col, String first, String last, int rows) throws IOException {
        NavigableMap<LocalDate, String> values = column(file, col);
        assertEquals(LocalDate.parse(first), values.firstKey(), file);
        assertEquals(LocalDate.parse(last), values.lastKey(), file);
        assertEquals(rows, values.size(), file);
    }

    private static void assertInRange(double min, double max, double actual, String what) {
        assertTrue(actual >= min && actual <= max, what + " = " + actual + ", expected in [" + min + ", " + max + "]");
    }

    /** The raw text of one column keyed by the first column's date. */
    private static NavigableMap<LocalDate, String> column(String file, String col) throws IOException {
        NavigableMap<LocalDate, String> values = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                values.put(LocalDate.parse(r.get(0)), r.get(col));
            }
        }
        return values;
    }

    /** Numeric values only: FRED's "" and "." mean missing, never zero. */
    private static NavigableMap<LocalDate, Double> numbers(NavigableMap<LocalDate, String> raw) {
        NavigableMap<LocalDate, Double> values = new TreeMap<>();
        raw.forEach((d, v) -> {
            if (!v.isEmpty() && !v.equals(".")) {
                values.put(d, Double.parseDouble(v));
            }
        });
        return values;
    }

    /** close(d) of METRICS.md: the value on the last observation on or before d. */
    private static double close(NavigableMap<LocalDate, Double> values, LocalDate d) {
        return values.floorEntry(d).getValue();
    }

    @Test
    void theFullManifestIsAValidManifestListingEveryCompanyFormat() throws IOException {
        Path file = dir.resolve("full-sources.yml");
        Files.writeString(file, SampleLandingZone.sourcesYml(SampleUniverse.MANIFEST_LINES));

        io.capbrief.extract.SourcesManifest manifest = io.capbrief.extract.SourcesManifest.read(file);

        assertEquals(List.of("price-csv", "fred-csv", "fred-csv", "fred-csv", "fred-csv", "ishares-holdings-csv",
                "spdr-holdings-xlsx", "sec-company-tickers-json", "sec-companyfacts-json", "estimates-csv", "ticker-prices-csv"),
                manifest.sources().stream().map(io.capbrief.extract.SourceSpec::format).toList());
        assertEquals(1, manifest.events().size());
    }
}
