package io.capbrief.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.capbrief.model.RejectedRow;
import io.capbrief.model.TickerPrice;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads company closes, {@code date,ticker,close} with the columns found by name. A row that
 * cannot be read, or whose close is at or below 0, is quarantined; a header without those columns fails the file.
 */
public final class TickerPricesCsvReader {

    private static final Set<String> COLUMNS = Set.of("date", "ticker", "close");

    /** The closes and the rows quarantined. */
    public record TickerPrices(List<TickerPrice> prices, List<RejectedRow> rejected) {}

    private static RejectedRow quarantine(Path file, long line, String field, String value, String reason) {
        return new RejectedRow(file.toString(), line, field, value, reason.equals("no ticker") ? reason : field + " '" + value + "' is " + reason, true);
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public TickerPrices read(Path file) {
        try (CSVParser parser = CsvFiles.open(file)) {
            Map<String, Integer> header = new java.util.HashMap<>();
            parser.getHeaderMap().forEach((name, i) -> header.put(name.trim().toLowerCase(Locale.ROOT), i));
            if (!header.keySet().containsAll(COLUMNS)) {
                throw new SourceFormatException(file, 1, "header " + parser.getHeaderNames()
                        + " is not a ticker prices header; expected the columns date,ticker,close");
            }
            List<TickerPrice> prices = new ArrayList<>();
            List<RejectedRow> rejected = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = CsvFiles.lineOf(record.getRecordNumber());
                String date = record.get(header.get("date"));
                String ticker = record.get(header.get("ticker"));
                String close = record.get(header.get("close"));
                if (ticker.isBlank()) {
                    rejected.add(quarantine(file, line, "ticker", ticker, "no ticker"));
                    continue;
                }
                LocalDate day;
                try {
                    day = LocalDate.parse(date);
                } catch (java.time.format.DateTimeParseException e) {
                    rejected.add(quarantine(file, line, "date", date, "not a date in the format yyyy-MM-dd"));
                    continue;
                }
                Double value = number(close);
                if (value == null) {
                    rejected.add(quarantine(file, line, "close", close, "not a number"));
                    continue;
                }
                String problem = ValueRules.close(value);
                if (problem != null) {
                    rejected.add(quarantine(file, line, "close", close, problem));
                    continue;
                }
                prices.add(new TickerPrice(ticker, day, value, line));
            }
            return new TickerPrices(prices, rejected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
