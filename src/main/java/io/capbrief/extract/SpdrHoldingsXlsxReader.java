package io.capbrief.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an SPDR daily holdings workbook (e.g. SPY's {@code holdings-daily-us-en-spy.xlsx}): on its first sheet
 * a preamble with the fund name and as-of date, a header found by its content, holdings, then disclaimer
 * rows. Keeps equity rows with a real ticker; every other data row is returned as rejected, never dropped.
 * A file whose equity weights do not sum to 90%..110% is refused whole.
 */
public final class SpdrHoldingsXlsxReader {

    private static final String NAME = "Name";
    private static final String TICKER = "Ticker";
    private static final String WEIGHT = "Weight";
    private static final String SECTOR = "Sector";
    private static final String SHARES = "Shares Held";
    private static final String CURRENCY = "Local Currency";
    private static final String FUND_LABEL = "Fund Name:";
    private static final String AS_OF_LABEL = "Holdings:";
    private static final String AS_OF_PREFIX = "As of ";

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.ENGLISH);
    /** Below 0.001% a row without a sector is a leftover (a right, a delisted stub), not a constituent. */
    private static final double TINY_WEIGHT = 0.00001;

    public HoldingsFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException("cannot read " + file, new NoSuchFileException(file.toString()));
        }
        // POI's ZipSecureFile limits stay on: a zip bomb fails here instead of filling the heap
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new SourceFormatException(file, 0, "the workbook has no sheet");
            }
            return new Reading(file, workbook.getSheetAt(0)).read();
        } catch (IOException | InvalidFormatException | POIXMLException | OpenXML4JRuntimeException
                | UnsupportedFileFormatException e) {
            throw new SourceFormatException(file, 0, "not a valid XLSX workbook: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** The state of one read; rows are numbered from 1 as Excel shows them. */
    private static final class Reading {

        private final Path file;
        private final Sheet sheet;
        private final DataFormatter formatter = new DataFormatter(Locale.US);
        private final List<HoldingRow> equities = new ArrayList<>();
        private final List<RejectedRow> rejected = new ArrayList<>();
        private Map<String, Integer> columns;

        Reading(Path file, Sheet sheet) {
            this.file = file;
            this.sheet = sheet;
        }

        HoldingsFile read() {
            String fund = null;
            LocalDate asOf = null;
            int r = 0;
            for (; r <= sheet.getLastRowNum() && columns == null; r++) {
                Row row = sheet.getRow(r);
                String label = text(row, 0);
                if (label.equals(FUND_LABEL)) {
                    fund = text(row, 1);
                } else if (label.equals(AS_OF_LABEL)) {
                    asOf = asOf(row);
                } else if (isHeader(row)) {
                    columns = indexOf(row);
                }
            }
            if (columns == null) {
                throw new SourceFormatException(file, 0, "no header row with '" + TICKER + "' and '" + WEIGHT
                        + "' on the first sheet; expected an SPDR daily holdings workbook");
            }
            if (asOf == null) {
                throw new SourceFormatException(file, 0,
                        "no '" + AS_OF_LABEL + "' row with the as-of date before the header on row " + r);
            }
            for (; r <= sheet.getLastRowNum() && !isBlank(sheet.getRow(r)); r++) {
                row(sheet.getRow(r));
            }
            // whatever follows the first blank row is the publisher's disclaimer
            return EquityWeights.checked(new HoldingsFile(file, fund, asOf, equities, rejected));
        }

        private LocalDate asOf(Row row) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String text = text(row, 1);
            try {
                return LocalDate.parse(text.startsWith(AS_OF_PREFIX) ? text.substring(AS_OF_PREFIX.length()).strip() : text,
                        AS_OF);
            } catch (DateTimeParseException e) {
                throw new SourceFormatException(file, row.getRowNum() + 1,
                        AS_OF_LABEL + " '" + text + "' is not a date like 'As of 22-Nov-2024'");
            }
        }

        private boolean isHeader(Row row) {
            boolean ticker = false;
            boolean weight = false;
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                ticker |= text(row, c).equals(TICKER);
                weight |= text(row, c).equals(WEIGHT);
            }
            return ticker && weight;
        }

        private Map<String, Integer> indexOf(Row header) {
            Map<String, Integer> index = new HashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                index.putIfAbsent(text(header, c), c);
            }
            for (String required : List.of(NAME, SECTOR)) {
                if (!index.containsKey(required)) {
                    throw new SourceFormatException(file, header.getRowNum() + 1,
                            "no '" + required + "' column in the header row");
                }
            }
            return index;
        }

        private void row(Row row) {
            long line = row.getRowNum() + 1;
            String ticker = field(row, TICKER);
            if (HoldingsText.isEmpty(ticker)) {
                skip(line, TICKER, ticker, "no ticker ('" + ticker + "')");
                return;
            }
            if (ticker.startsWith("CASH_")) {
                skip(line, TICKER, ticker, "not an equity (Ticker '" + ticker + "')");
                return;
            }
            BigDecimal weight = number(row, WEIGHT);
            if (weight == null) {
                quarantine(line, WEIGHT, field(row, WEIGHT), WEIGHT + " '" + field(row, WEIGHT) + "' is not a number");
                return;
            }
            double fraction = HoldingsText.percentToFraction(weight);
            String sector = field(row, SECTOR);
            if (HoldingsText.isEmpty(sector) && Math.abs(fraction) < TINY_WEIGHT) {
                skip(line, SECTOR, sector, "no sector and a weight of only " + weight.stripTrailingZeros().toPlainString() + "%");
                return;
            }
            Double shares = null;
            if (!HoldingsText.isEmpty(field(row, SHARES))) {
                BigDecimal value = number(row, SHARES);
                if (value == null) {
                    quarantine(line, SHARES, field(row, SHARES), SHARES + " '" + field(row, SHARES) + "' is not a number");
                    return;
                }
                shares = value.doubleValue();
            }
            equities.add(new HoldingRow(ticker, field(row, NAME), orNull(sector), fraction, null, shares,
                    orNull(field(row, CURRENCY)), line));
        }

        /** The text of a column's cell as Excel shows it, "" when the header has no such column or the cell is empty. */
        private String field(Row row, String column) {
            Integer c = columns.get(column);
            return c == null ? "" : text(row, c);
        }

        private String text(Row row, int column) {
            Cell cell = row == null ? null : row.getCell(column);
            return cell == null ? "" : formatter.formatCellValue(cell).strip();
        }

        /** A numeric cell as stored (7.12 stays 7.12), a text cell parsed; null when it holds no number. */
        private BigDecimal number(Row row, String column) {
            Cell cell = columns.containsKey(column) ? row.getCell(columns.get(column)) : null;
            if (cell == null) {
                return null;
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC) {
                return BigDecimal.valueOf(cell.getNumericCellValue());
            }
            return type == CellType.STRING ? HoldingsText.number(cell.getStringCellValue()) : null;
        }

        private boolean isBlank(Row row) {
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                if (!HoldingsText.isBlank(text(row, c))) {
                    return false;
                }
            }
            return true;
        }

        private void skip(long line, String field, String value, String reason) {
            rejected.add(new RejectedRow(file.toString(), line, field, value, reason, false));
        }

        private void quarantine(long line, String field, String value, String reason) {
            rejected.add(new RejectedRow(file.toString(), line, field, value, reason, true));
        }

        private static String orNull(String text) {
            return HoldingsText.isEmpty(text) ? null : text;
        }
    }
}
