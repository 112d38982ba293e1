package io.capbrief.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
        assertThat(written.stream().map(p -> p.toString().replace('\\', '/')).toList()).isEqualTo(FILES);
        for (String file : FILES) {
            assertThat(Files.readAllBytes(other.resolve(file))).as(file).isEqualTo(Files.readAllBytes(dir.resolve(file)));
        }
    }

    @Test
    void headersAndLineEndingsFollowThePublishers() throws IOException {
        String rut = Files.readString(dir.resolve("prices/RUT.csv"));
        assertThat(rut).startsWith("Date,Close,High,Low,Open,Volume\r\n2014-01-02,");
        assertThat(rut).endsWith("\r\n");
        assertThat(rut.split("\r\n").length).as("every line ends in CRLF").isEqualTo(rut.split("\n").length);
        for (String series : List.of("SP500", "NASDAQCOM", "DGS10", "DFF")) {
            String fred = Files.readString(dir.resolve("fred/" + series + ".csv"));
            assertThat(fred).as(series).startsWith("observation_date," + series + "\n");
            assertThat(fred).as(series).doesNotContain("\r");
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

        assertThat(sinceElection).as("RUT since election").isBetween(0.055, 0.068);
        assertThat(ytd).as("RUT YTD").isBetween(0.18, 0.20);
        assertThat(offHigh).as("RUT off record high").isBetween(-0.02, 0.0);
        assertThat(high.getKey()).isEqualTo(LocalDate.of(2021, 11, 8));
        assertThat(electionJump).as("RUT on 2024-11-06").isBetween(0.055, 0.061);
        assertThat(rut.firstEntry().getValue()).as("RUT in Jan 2014").isBetween(1100.0, 1200.0);
        assertThat(close(rut, W)).as("RUT at W").isBetween(2350.0, 2450.0);
    }

    @Test
    void russell2000BarsAreConsistent() throws IOException {
        try (Reader in = Files.newBufferedReader(dir.resolve("prices/RUT.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                double close = Double.parseDouble(r.get("Close"));
                double open = Double.parseDouble(r.get("Open"));
                assertThat(Double.parseDouble(r.get("High"))).as(r.get("Date")).isGreaterThanOrEqualTo(Math.max(open, close));
                assertThat(Double.parseDouble(r.get("Low"))).as(r.get("Date")).isLessThanOrEqualTo(Math.min(open, close));
                assertThat(Long.parseLong(r.get("Volume"))).as(r.get("Date")).isPositive();
            }
        }
    }

    @Test
    void sp500AndNasdaqCalibration() throws IOException {
        NavigableMap<LocalDate, Double> sp500 = numbers(column("fred/SP500.csv", "SP500"));
        NavigableMap<LocalDate, Double> nasdaq = numbers(column("fred/NASDAQCOM.csv", "NASDAQCOM"));

        assertThat(close(sp500, W) / close(sp500, YEAR_END) - 1).as("SP500 YTD").isBetween(0.25, 0.27);
        assertThat(close(sp500, W) / close(sp500, ELECTION) - 1).as("SP500 since election").isBetween(0.035, 0.043);
        assertThat(close(nasdaq, W) / close(nasdaq, YEAR_END) - 1).as("NASDAQ YTD").isBetween(0.27, 0.29);
        assertThat(sp500.firstEntry().getValue()).as("SP500 in Jan 2014").isBetween(1800.0, 1900.0);
        assertThat(close(sp500, W)).as("SP500 at W").isBetween(5850.0, 6050.0);
        assertThat(nasdaq.firstEntry().getValue()).as("NASDAQ in Jan 2014").isBetween(4050.0, 4250.0);
        assertThat(close(nasdaq, W)).as("NASDAQ at W").isBetween(18500.0, 19500.0);
    }

    @Test
    void ratesCalibration() throws IOException {
        NavigableMap<LocalDate, Double> dgs10 = numbers(column("fred/DGS10.csv", "DGS10"));
        assertThat(close(dgs10, W)).isCloseTo(4.41, within(1e-9));
        assertThat(close(dgs10, ELECTION)).isCloseTo(4.28, within(1e-9));
        double low = dgs10.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = dgs10.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(low).as("DGS10 low").isBetween(0.4, 0.6);
        assertThat(high).as("DGS10 high").isBetween(4.9, 5.1);

        NavigableMap<LocalDate, String> dff = column("fred/DFF.csv", "DFF");
        assertThat(dff.get(LocalDate.of(2014, 6, 2))).isEqualTo("0.08");
        assertThat(dff.get(LocalDate.of(2021, 6, 1))).isEqualTo("0.09");
        assertThat(dff.get(LocalDate.of(2023, 8, 1))).isEqualTo("5.33");
        assertThat(dff.get(LocalDate.of(2024, 9, 18))).isEqualTo("5.33");
        assertThat(dff.get(LocalDate.of(2024, 9, 19))).isEqualTo("4.83");
        assertThat(dff.get(LocalDate.of(2024, 11, 7))).isEqualTo("4.83");
        assertThat(dff.get(LocalDate.of(2024, 11, 8))).isEqualTo("4.58");
        assertThat(dff.get(LocalDate.of(2024, 12, 18))).isEqualTo("4.58");
        assertThat(dff.get(LocalDate.of(2024, 12, 19))).isEqualTo("4.33");
    }

    @Test
    void holidaysFollowEachPublishersConvention() throws IOException {
        LocalDate thanksgiving = LocalDate.of(2024, 11, 28);
        NavigableMap<LocalDate, String> rut = column("prices/RUT.csv", "Close");
        assertThat(rut).doesNotContainKey(thanksgiving);
        assertThat(rut).doesNotContainKey(LocalDate.of(2024, 12, 25));
        assertThat(rut).as("no weekends").doesNotContainKey(LocalDate.of(2024, 11, 23));
        assertThat(rut).containsKey(LocalDate.of(2021, 12, 31));

        NavigableMap<LocalDate, String> sp500 = column("fred/SP500.csv", "SP500");
        assertThat(sp500.get(thanksgiving)).isEqualTo("");
        assertThat(sp500.get(LocalDate.of(2014, 1, 1))).isEqualTo("");
        assertThat(sp500).as("no weekends").doesNotContainKey(LocalDate.of(2024, 11, 23));

        assertThat(column("fred/NASDAQCOM.csv", "NASDAQCOM")).doesNotContainKey(thanksgiving);

        NavigableMap<LocalDate, String> dgs10 = column("fred/DGS10.csv", "DGS10");
        assertThat(dgs10.get(thanksgiving)).isEqualTo(".");
        assertThat(dgs10.get(LocalDate.of(2024, 11, 11))).as("Veterans Day: bond market closed").isEqualTo(".");
        assertThat(dgs10.get(LocalDate.of(2024, 11, 29))).matches("\\d\\.\\d\\d");

        NavigableMap<LocalDate, String> dff = column("fred/DFF.csv", "DFF");
        assertThat(dff.get(LocalDate.of(2024, 11, 23))).as("DFF is a 7-day series").isEqualTo("4.58");
        assertThat(dff.get(thanksgiving)).isEqualTo("4.58");
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
        assertThat(Files.readString(dir.resolve("sources.yml"))).isEqualTo("""
                # capbrief sample landing zone: synthetic data (fixed seed) in the publishers' real formats.
                sources:
                  - { id: rut,    format: price-csv, path: prices/RUT.csv,     index: RUSSELL_2000 }
                  - { id: sp500,  format: fred-csv,  path: fred/SP500.csv,     index: SP_500 }
                  - { id: nasdaq, format: fred-csv,  path: fred/NASDAQCOM.csv, index: NASDAQ_COMPOSITE }
                  - { id: dgs10,  format: fred-csv,  path: fred/DGS10.csv,     series: DGS10 }
                  - { id: dff,    format: fred-csv,  path: fred/DFF.csv,       series: DFF }
                events:
                  - { id: us-election, date: 2024-11-05, label: US election }
                """);
    }

    private static void assertDates(String file, String col, String first, String last, int rows) throws IOException {
        NavigableMap<LocalDate, String> values = column(file, col);
        assertThat(values.firstKey()).as(file).isEqualTo(LocalDate.parse(first));
        assertThat(values.lastKey()).as(file).isEqualTo(LocalDate.parse(last));
        assertThat(values.size()).as(file).isEqualTo(rows);
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

        assertThat(manifest.sources().stream().map(io.capbrief.extract.SourceSpec::format).toList()).isEqualTo(List.of(
                "price-csv", "fred-csv", "fred-csv", "fred-csv", "fred-csv", "ishares-holdings-csv", "spdr-holdings-xlsx",
                "sec-company-tickers-json", "sec-companyfacts-json", "estimates-csv", "ticker-prices-csv"));
        assertThat(manifest.events()).hasSize(1);
    }
}
