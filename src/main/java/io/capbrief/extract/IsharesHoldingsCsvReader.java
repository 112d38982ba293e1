package io.capbrief.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.capbrief.model.HoldingRow;
import io.capbrief.model.RejectedRow;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an iShares fund holdings download: a preamble stating the as-of date, a header found by its
 * content, quoted rows with thousands separators, then a blank line and a legal footer. Keeps equity
 * rows with a real ticker; every other data row is returned as rejected, never dropped.
 * A file whose equity weights do not sum to 90%..110% is refused whole.
 */
public final class IsharesHoldingsCsvReader {

    private static final String TICKER = "Ticker";
    private static final String WEIGHT = "Weight (%)";
    private static final String NAME = "Name";
    private static final String SECTOR = "Sector";
    private static final String ASSET_CLASS = "Asset Class";
    private static final String PRICE = "Price";
    private static final String QUANTITY = "Quantity";
    private static final String CURRENCY = "Currency";
    private static final String AS_OF_LABEL = "Fund Holdings as of";

    private static final CSVFormat ONE_LINE = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);

    public HoldingsFile read(Path file) {
        try (BufferedReader reader = TextFiles.open(file)) {
            return new Reading(file, reader).read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The state of one read: the file is read line by line so that every row keeps its own line number. */
    private static final class Reading {

        private final Path file;
        private final BufferedReader reader;
        private long line;
        private final List<HoldingRow> equities = new ArrayList<>();
        private final List<RejectedRow> rejected = new ArrayList<>();
        private Map<String, Integer> columns;
        private int fieldCount;

        Reading(Path file, BufferedReader reader) {
            this.file = file;
            this.reader = reader;
        }

        HoldingsFile read() throws IOException {
            String fund = null;
            LocalDate asOf = null;
            String text;
            while ((text = nextLine()) != null) {
                List<String> fields = fields(text);
                if (fields != null && fields.contains(TICKER) && fields.contains(WEIGHT)) {
                    columns = indexOf(fields);
                    fieldCount = fields.size();
                    break;
                }
                if (fund == null && !HoldingsText.isBlank(text)) {
                    fund = fields == null ? text.strip() : fields.get(0);
                }
                if (fields != null && fields.size() >= 2 && fields.get(0).equalsIgnoreCase(AS_OF_LABEL)) {
                    asOf = asOf(fields.get(1));
                }
            }
            if (columns == null) {
                throw new SourceFormatException(file, 0,
                        "no header line with '" + TICKER + "' and '" + WEIGHT + "'; expected an iShares holdings download");
            }
            if (asOf == null) {
                throw new SourceFormatException(file, 0,
                        "no '" + AS_OF_LABEL + "' date before the header on line " + line);
            }
            while ((text = nextLine()) != null && !HoldingsText.isBlank(text)) {
                row(text);
            }
            // whatever follows the first blank line is the publisher's legal footer
            return EquityWeights.checked(new HoldingsFile(file, fund, asOf, equities, rejected));
        }

        private String nextLine() throws IOException {
            String text = reader.readLine();
            if (text == null) {
                return null;
            }
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text;
        }

        private LocalDate asOf(String text) {
            try {
                return LocalDate.parse(text.strip(), AS_OF);
            } catch (DateTimeParseException e) {
                throw new SourceFormatException(file, line,
                        AS_OF_LABEL + " '" + text + "' is not a date like 'Nov 05, 2025'");
            }
        }

        private Map<String, Integer> indexOf(List<String> header) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i), i);
            }
            for (String required : List.of(NAME, SECTOR, ASSET_CLASS)) {
                if (!index.containsKey(required)) {
                    throw new SourceFormatException(file, line, "no '" + required + "' column in header " + header);
                }
            }
            return index;
        }

        /** The field under a column of the header, null when the header has no such column. */
        private String field(List<String> fields, String column) {
            Integer i = columns.get(column);
            return i == null ? null : fields.get(i);
        }

        private void row(String text) {
            List<String> fields = fields(text);
            if (fields == null || fields.size() != fieldCount) {
                quarantine(null, text, fields == null ? "not a CSV line"
                        : "expected " + fieldCount + " fields but found " + fields.size());
                return;
            }
            String assetClass = field(fields, ASSET_CLASS);
            if (!assetClass.equalsIgnoreCase("Equity")) {
                skip(ASSET_CLASS, assetClass, "not an equity (Asset Class '" + assetClass + "')");
                return;
            }
            // An equity without a ticker (unlisted warrants, vesting rights) is still a constituent
            // with a weight: it is kept, ticker null, so coverage counts it as having no company data.
            String ticker = orNull(field(fields, TICKER));
            String weightText = field(fields, WEIGHT);
            BigDecimal weight = HoldingsText.number(weightText);
            if (weight == null) {
                quarantine(WEIGHT, weightText, WEIGHT + " '" + weightText + "' is not a number");
                return;
            }
            for (String column : List.of(PRICE, QUANTITY)) {
                String value = field(fields, column);
                if (!HoldingsText.isEmpty(value) && HoldingsText.number(value) == null) {
                    quarantine(column, value, column + " '" + value + "' is not a number");
                    return;
                }
            }
            equities.add(new HoldingRow(ticker, field(fields, NAME), orNull(field(fields, SECTOR)),
                    HoldingsText.percentToFraction(weight), optionalNumber(field(fields, PRICE)),
                    optionalNumber(field(fields, QUANTITY)), orNull(field(fields, CURRENCY)), line));
        }

        /** Price and quantity may be absent ("-", or no such column); checked readable before this is called. */
        private static Double optionalNumber(String text) {
            return HoldingsText.isEmpty(text) ? null : HoldingsText.number(text).doubleValue();
        }

        private List<String> fields(String text) {
            try (CSVParser parser = CSVParser.parse(text, ONE_LINE)) {
                List<CSVRecord> records = parser.getRecords();
                return records.isEmpty() ? List.of("") : records.get(0).toList();
            } catch (IOException | UncheckedIOException e) {
                return null; // not CSV: the caller decides whether that matters
            }
        }

        private void skip(String field, String value, String reason) {
            rejected.add(new RejectedRow(file.toString(), line, field, value, reason, false));
        }

        private void quarantine(String field, String value, String reason) {
            rejected.add(new RejectedRow(file.toString(), line, field, value, reason, true));
        }

        private static String orNull(String text) {
            return HoldingsText.isEmpty(text) ? null : text;
        }
    }
}
