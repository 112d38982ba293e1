package io.capbrief.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;

/** Writes a deterministic synthetic landing zone (2014-2024) in the publishers' real file formats. */
public final class SampleLandingZone {

    public static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

    static final String SOURCES_YML = sourcesYml(List.of());

    /** The manifest: the market files, any company-level lines, then the events. */
    static String sourcesYml(List<String> companyLines) {
        StringBuilder yml = new StringBuilder("""
                # capbrief sample landing zone: synthetic data (fixed seed) in the publishers' real formats.
                sources:
                  - { id: rut,    format: price-csv, path: prices/RUT.csv,     index: RUSSELL_2000 }
                  - { id: sp500,  format: fred-csv,  path: fred/SP500.csv,     index: SP_500 }
                  - { id: nasdaq, format: fred-csv,  path: fred/NASDAQCOM.csv, index: NASDAQ_COMPOSITE }
                  - { id: dgs10,  format: fred-csv,  path: fred/DGS10.csv,     series: DGS10 }
                  - { id: dff,    format: fred-csv,  path: fred/DFF.csv,       series: DFF }
                """);
        companyLines.forEach(line -> yml.append(line).append('\n'));
        return yml.append("""
                events:
                  - { id: us-election, date: 2024-11-05, label: US election }
                """).toString();
    }

    private static final long SEED = MarketPaths.SEED;
    private static final String CRLF = "\r\n";
    private static final String LF = "\n";

    private final int companies;
    private final int years;

    /** The bundled sample: about 2,500 companies with ten years of filings. */
    public SampleLandingZone() {
        this(SampleUniverse.DEFAULT_COMPANIES, SampleUniverse.DEFAULT_YEARS);
    }

    /** A sample universe of another size (see {@link SampleUniverse#SampleUniverse(int, int)}), for benchmarks. */
    public SampleLandingZone(int companies, int years) {
        this.companies = companies;
        this.years = years;
    }

    /**
     * Writes the whole landing zone into {@code dir} (created if needed), overwriting earlier sample
     * files: index levels and rates, and the synthetic company universe (holdings, filings,
     * estimates, company closes).
     */
    public void write(Path dir) {
        writeMarket(dir);
        List<String> companyLines = new SampleUniverse(companies, years).write(dir);
        writeFile(dir, "sources.yml", sourcesYml(companyLines));
    }

    /**
     * Writes only the index levels and rates, and a manifest for them: the quick sample for
     * checks that need no company data.
     *
     * @return the files written, relative to {@code dir}
     */
    public List<Path> writeMarket(Path dir) {
        List<Path> written = new ArrayList<>();
        marketFiles().forEach((relative, content) -> written.add(writeFile(dir, relative, content)));
        written.add(writeFile(dir, "sources.yml", SOURCES_YML));
        return written;
    }

    /**
     * The index levels and rates by their path in the landing zone: the same bytes in every sample,
     * whatever the size of its company universe, which is what {@link SampleFingerprints} recognises.
     */
    static Map<String, String> marketFiles() {
        SyntheticPath rut = MarketPaths.rut();
        SyntheticPath sp500 = MarketPaths.sp500();
        SyntheticPath nasdaq = MarketPaths.nasdaq();
        SyntheticPath dgs10 = MarketPaths.dgs10();
        TradingCalendar equities = TradingCalendar.equities();
        TradingCalendar treasuries = TradingCalendar.treasuries();

        Map<String, String> files = new LinkedHashMap<>();
        files.put("prices/RUT.csv", yahooCsv(rut, SEED + 5));
        files.put("fred/SP500.csv", fredCsv("SP500", sp500.values(), equities, ""));
        files.put("fred/NASDAQCOM.csv", fredCsv("NASDAQCOM", nasdaq.values(), equities, null));
        files.put("fred/DGS10.csv", fredCsv("DGS10", dgs10.values(), treasuries, "."));
        files.put("fred/DFF.csv", dailyFredCsv("DFF", SampleHistory.DFF));
        return files;
    }

    /** Yahoo/yfinance export: CRLF, closes stored as floats and printed with their binary noise. */
    private static String yahooCsv(SyntheticPath closes, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder("Date,Close,High,Low,Open,Volume").append(CRLF);
        double previous = Double.NaN;
        for (var entry : closes.values().entrySet()) {
            double close = entry.getValue();
            double open = (Double.isNaN(previous) ? close : previous) * StrictMath.exp(0.004 * random.nextGaussian());
            double high = Math.max(open, close) * StrictMath.exp(Math.abs(0.005 * random.nextGaussian()));
            double low = Math.min(open, close) * StrictMath.exp(-Math.abs(0.005 * random.nextGaussian()));
            long volume = Math.round(3.5e9 * StrictMath.exp(0.25 * random.nextGaussian()) / 10_000) * 10_000;
            out.append(entry.getKey()).append(',')
                    .append(yahooNumber(close)).append(',')
                    .append(yahooNumber(high)).append(',')
                    .append(yahooNumber(low)).append(',')
                    .append(yahooNumber(open)).append(',')
                    .append(volume).append(CRLF);
            previous = close;
        }
        return out.toString();
    }

    /**
     * FRED download over every weekday; a holiday row carries {@code missing} as its value, or is
     * left out when {@code missing} is null.
     */
    private static String fredCsv(String series, NavigableMap<LocalDate, Double> values,
                                  TradingCalendar calendar, String missing) {
        StringBuilder out = new StringBuilder("observation_date,").append(series).append(LF);
        for (LocalDate d = FIRST_DAY; !d.isAfter(LAST_DAY); d = d.plusDays(1)) {
            Double value = values.get(d);
            if (value != null) {
                out.append(d).append(',').append(fredNumber(value)).append(LF);
            } else if (missing != null && calendar.isHoliday(d)) {
                out.append(d).append(',').append(missing).append(LF);
            }
        }
        return out.toString();
    }

    /** A 7-day FRED series (weekends carry Friday's level) from a step schedule. */
    private static String dailyFredCsv(String series, NavigableMap<LocalDate, Double> steps) {
        StringBuilder out = new StringBuilder("observation_date,").append(series).append(LF);
        for (LocalDate d = FIRST_DAY; !d.isAfter(LAST_DAY); d = d.plusDays(1)) {
            out.append(d).append(',').append(fredNumber(steps.floorEntry(d).getValue())).append(LF);
        }
        return out.toString();
    }

    private static String fredNumber(double value) {
        // new BigDecimal(double) is exact, so the rounding never depends on Double.toString.
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String yahooNumber(double value) {
        float quoted = new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).floatValue();
        BigDecimal exact = new BigDecimal(quoted);
        return (exact.scale() < 1 ? exact.setScale(1) : exact).toPlainString();
    }

    private static Path writeFile(Path dir, String relative, String content) {
        SampleFiles.writeString(dir.resolve(relative), content);
        return Path.of(relative);
    }
}
