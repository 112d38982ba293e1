package io.capbrief.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes an SPDR S&P 500 ETF daily holdings workbook in the layout of State Street's holdings-daily xlsx. */
final class SpdrHoldingsWriter {

    static final List<String> HEADER = List.of(
            "Name", "Ticker", "Identifier", "SEDOL", "Weight", "Sector", "Shares Held", "Local Currency");

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("dd-MMM-uuuu", Locale.ENGLISH);
    /** Zip entries carry this time, so the bytes never depend on when or where the file was written. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2024, 11, 22, 0, 0);
    private static final BigDecimal CASH_WEIGHT = new BigDecimal("0.050000");

    private SpdrHoldingsWriter() {
    }

    /** The members weighted by market cap (weights in percent, six decimals) and the fund's cash row. */
    static List<Holding> rows(LocalDate date, List<SampleCompany> members, Function<SampleCompany, BigDecimal> price) {
        double marketCaps = 0;
        for (SampleCompany c : members) {
            marketCaps += price.apply(c).doubleValue() * c.shares(date);
        }
        double equityWeight = 100 - CASH_WEIGHT.doubleValue();
        List<Holding> rows = new ArrayList<>();
        for (SampleCompany c : members) {
            double marketCap = price.apply(c).doubleValue() * c.shares(date);
            BigDecimal weight = new BigDecimal(equityWeight * marketCap / marketCaps).setScale(6, RoundingMode.HALF_UP);
            // SPY holds about 1% of each constituent's shares
            BigDecimal shares = new BigDecimal(c.shares(date) * 0.0098).setScale(0, RoundingMode.HALF_UP);
            rows.add(new Holding(c, c.ticker, IsharesHoldingsWriter.upper(c.name), sector(c.sector), "Equity", null,
                    weight, null, shares, price.apply(c), null));
        }
        rows.sort(Comparator.comparing(Holding::weight).reversed().thenComparing(Holding::ticker));
        rows.add(new Holding(null, "CASH_USD", "US DOLLAR", "-", "Cash", null, CASH_WEIGHT, null,
                new BigDecimal("292441345"), null, null));
        return rows;
    }

    /** SPDR spells the sector iShares calls "Communication" in full. */
    private static String sector(String sector) {
        return sector.equals("Communication") ? "Communication Services" : sector;
    }

    static void write(Path file, LocalDate date, List<Holding> rows) {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(Instant.parse("2024-11-22T00:00:00Z"))));
            Sheet sheet = workbook.createSheet("holdings");
            int r = 0;
            text(sheet.createRow(r++), "Fund Name:", "SPDR\u00AE S&P 500\u00AE ETF Trust");
            text(sheet.createRow(r++), "Ticker Symbol:", "SPY");
            text(sheet.createRow(r++), "Holdings:", "As of " + AS_OF.format(date));
            r++;
            text(sheet.createRow(r++), HEADER.toArray(String[]::new));
            for (Holding h : rows) {
                Row row = sheet.createRow(r++);
                boolean equity = h.company() != null;
                text(row, h.name(), h.ticker(), equity ? h.company().cusip : "-", equity ? h.company().sedol : "-");
                row.createCell(4).setCellValue(h.weight().doubleValue());
                row.createCell(5).setCellValue(h.sector());
                row.createCell(6).setCellValue(h.quantity().doubleValue());
                row.createCell(7).setCellValue("USD");
            }
            r++;
            text(sheet.createRow(r++), "Past performance is not a guarantee of future results.");
            text(sheet.createRow(r++), "Synthetic sample data for capbrief: made-up companies, tickers and weights; "
                    + "this file describes no real fund.");
            workbook.write(xlsx);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build " + file, e);
        }
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                rezip(xlsx.toByteArray(), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void text(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    /** Copies the zip with every entry stamped {@link #ENTRY_TIME}: POI stamps the current time. */
    private static void rezip(byte[] zip, OutputStream target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }
}
