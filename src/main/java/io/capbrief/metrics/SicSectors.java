package io.capbrief.metrics;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * SEC SIC codes to the sectors the holdings files name, for a row that names none: ranges read from
 * {@code config/sic-sectors.csv}, the first range holding a code winning.
 */
public final class SicSectors {

    /** A range of SIC codes, both ends included. */
    record Range(int from, int to, String sector) {}

    /** METRICS.md's own rule, all there is without the file: what the leverage aggregates must leave out. */
    static final List<Range> FINANCIALS_AND_REAL_ESTATE = List.of(
            new Range(6000, 6499, "Financials"), new Range(6500, 6599, "Real Estate"), new Range(6700, 6799, "Financials"));

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SicSectors.class);

    private final List<Range> ranges;

    SicSectors(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The table in the file, or METRICS.md's Financials and Real Estate ranges alone when there is no file. */
    public static SicSectors load(Path file) {
        if (!Files.isRegularFile(file)) {
            log.warn("No SIC sector table at {}: only Financials and Real Estate are taken from SIC codes", file.toAbsolutePath());
            return new SicSectors(FINANCIALS_AND_REAL_ESTATE);
        }
        return read(file);
    }

    static SicSectors read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreSurroundingSpaces(true).get();
        List<Range> ranges = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser csv = CSVParser.parse(reader, format)) {
            for (CSVRecord record : csv) {
                ranges.add(range(file + " line " + csv.getCurrentLineNumber() + ": ", record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new SicSectors(ranges);
    }

    private static Range range(String where, CSVRecord record) {
        try {
            int from = Integer.parseInt(record.get("from"));
            int to = Integer.parseInt(record.get("to"));
            String sector = record.get("sector");
            if (from > to || sector.isBlank()) {
                throw new IllegalArgumentException(where + "expected from <= to and a sector, not " + record.toList());
            }
            return new Range(from, to, sector);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "expected from,to,sector with SIC codes as numbers, not " + record.toList(), e);
        }
    }

    /** @return null for a code no range holds, or no code */
    public String sectorOf(String sic) {
        if (sic == null || !sic.matches("\\d{1,4}")) {
            return null;
        }
        int code = Integer.parseInt(sic);
        return ranges.stream().filter(r -> code >= r.from() && code <= r.to()).map(Range::sector).findFirst().orElse(null);
    }
}
