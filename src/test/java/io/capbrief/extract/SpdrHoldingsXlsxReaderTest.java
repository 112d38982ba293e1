package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import io.capbrief.model.HoldingRow;
import io.capbrief.model.RejectedRow;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpdrHoldingsXlsxReaderTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @TempDir
    Path dir;

    private final SpdrHoldingsXlsxReader reader = new SpdrHoldingsXlsxReader();

    @Test
    void readsTheSpdrLayoutWithNumericAndTextCells() throws IOException {
        Path file = workbook(
                row("Fund Name:", "SPDR® S&P 500® ETF Trust"),
                row("Ticker Symbol:", "SPY"),
                row("Holdings:", "As of 22-Nov-2024"),
                null,
                row("Name", "Ticker", "Identifier", "SEDOL", "Weight", "Sector", "Shares Held", "Local Currency"),
                row("APPLE INC", "AAPL", "037833100", "2046251", 57.12, "Information Technology", 189_000_000.0, "USD"),
                row("NVIDIA CORP", "NVDA", "67066G104", "2379504", "42.81", "Information Technology", "143,114,912", "USD"),
                row("US DOLLAR", "CASH_USD", "CASH_USD", "-", 0.05, "-", 33_598_512.0, "USD"),
                row("SSI US GOV MONEY MARKET CLASS", "-", "857492888", "-", 0.02, "-", 10_000.0, "USD"),
                row("XYZ CONTINGENT VALUE RIGHT", "XYZCVR", "-", "-", 0.0000004, "", 1_000.0, "USD"),
                row("BROKEN CORP", "BRK", "-", "-", "n/a", "Financials", 1_000.0, "USD"),
                null,
                row("Past performance is not a guarantee of future results."),
                row("Holdings are subject to change.", "AAPL", "", "", 1.0));

        HoldingsFile holdings = reader.read(file);

        assertThat(holdings.fund()).isEqualTo("SPDR® S&P 500® ETF Trust");
        assertThat(holdings.asOf()).isEqualTo(LocalDate.of(2024, 11, 22));
        assertThat(holdings.equities()).containsExactly(
                new HoldingRow("AAPL", "APPLE INC", "Information Technology", 0.5712, null, 189_000_000.0, "USD", 6),
                new HoldingRow("NVDA", "NVIDIA CORP", "Information Technology", 0.4281, null, 143_114_912.0, "USD", 7));
        String name = file.toString();
        assertThat(holdings.rejected()).containsExactly(
                new RejectedRow(name, 8, "Ticker", "CASH_USD", "not an equity (Ticker 'CASH_USD')", false),
                new RejectedRow(name, 9, "Ticker", "-", "no ticker ('-')", false),
                new RejectedRow(name, 10, "Sector", "", "no sector and a weight of only 0.0000004%", false),
                new RejectedRow(name, 11, "Weight", "n/a", "Weight 'n/a' is not a number", true));
    }

    @Test
    void quarantinesAnUnreadableShareCountAndAcceptsMissingOptionalColumns() throws IOException {
        Path file = workbook(
                row("Holdings:", "As of 3-Jan-2025"),
                row("Name", "Ticker", "Weight", "Sector", "Shares Held"),
                row("APPLE INC", "AAPL", 4.0, "Information Technology", "lots"),
                row("NVIDIA CORP", "NVDA", 96.0, "Information Technology", ""));

        HoldingsFile holdings = reader.read(file);

        assertThat(holdings.fund()).isNull();
        assertThat(holdings.asOf()).isEqualTo(LocalDate.of(2025, 1, 3));
        assertThat(holdings.equities()).containsExactly(
                new HoldingRow("NVDA", "NVIDIA CORP", "Information Technology", 0.96, null, null, null, 4));
        assertThat(holdings.rejected()).extracting(RejectedRow::line, RejectedRow::field, RejectedRow::reason, RejectedRow::quarantined)
                .containsExactly(tuple(3L, "Shares Held", "Shares Held 'lots' is not a number", true));
    }

    @Test
    void refusesAWorkbookWhoseEquityWeightsSumTo300PercentNamingTheSum() throws IOException {
        // the cash row is no equity: 100 + 100 + 100, not 300.05
        Path file = workbook(
                row("Holdings:", "As of 22-Nov-2024"),
                row("Name", "Ticker", "Weight", "Sector"),
                row("APPLE INC", "AAPL", 100.0, "Information Technology"),
                row("NVIDIA CORP", "NVDA", 100.0, "Information Technology"),
                row("MICROSOFT CORP", "MSFT", "100.00", "Information Technology"),
                row("US DOLLAR", "CASH_USD", 0.05, "-"));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + ": the equity weights sum to 300.00%, outside [90%, 110%] of the fund: "
                        + "a mislabelled or truncated holdings file");
    }

    @Test
    void failsNamingTheFileWhenThereIsNoHeaderRow() throws IOException {
        Path file = workbook(row("Holdings:", "As of 22-Nov-2024"), row("Name", "Symbol", "Weight"));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + ": no header row with 'Ticker' and 'Weight' on the first sheet; expected an SPDR daily holdings workbook");
    }

    @Test
    void failsNamingTheFileWhenThereIsNoAsOfDate() throws IOException {
        Path file = workbook(row("Fund Name:", "SPDR"), row("Name", "Ticker", "Weight", "Sector"));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + ": no 'Holdings:' row with the as-of date before the header on row 2");
    }

    @Test
    void failsNamingTheRowOfAnUnreadableAsOfDate() throws IOException {
        Path file = workbook(row("Holdings:", "As of 2024-11-22"), row("Name", "Ticker", "Weight", "Sector"));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + " line 1: Holdings: 'As of 2024-11-22' is not a date like 'As of 22-Nov-2024'");
    }

    @Test
    void failsNamingTheFileWhenATextFileIsRenamedXlsx() throws IOException {
        Path file = dir.resolve("holdings-daily-us-en-spy.xlsx");
        Files.writeString(file, "Name,Ticker,Weight\nAPPLE INC,AAPL,7.12\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(file + ": not a valid XLSX workbook: ");
    }

    @Test
    void refusesAZipBombWithoutRunningOutOfMemory() throws IOException {
        Path valid = workbook(row("Holdings:", "As of 22-Nov-2024"), row("Name", "Ticker", "Weight", "Sector"));
        Path bomb = dir.resolve("bomb.xlsx");
        // 200 MB of spaces inside the sheet's XML compress to about 200 KB: an inflate ratio far below POI's 0.01
        replaceSheet(valid, bomb, out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(Files.size(bomb)).isLessThan(1_000_000);

        assertThatThrownBy(() -> reader.read(bomb))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(bomb + ": not a valid XLSX workbook: ")
                .hasMessageContaining("Zip bomb");
    }

    @Test
    void refusesASheetWithAnXmlEntityDeclaration() throws IOException {
        Path valid = workbook(row("Holdings:", "As of 22-Nov-2024"), row("Name", "Ticker", "Weight", "Sector"));
        Path laughs = dir.resolve("laughs.xlsx");
        replaceSheet(valid, laughs, out -> out.write(("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> reader.read(laughs))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(laughs + ": not a valid XLSX workbook: ");
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    /** A workbook with one sheet, one row per argument (null for a blank row), strings as text cells, doubles as numbers. */
    private Path workbook(Object[]... rows) throws IOException {
        Path file = dir.resolve("holdings-daily-us-en-spy.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("holdings");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Copies a workbook's zip entries, writing new content for the first sheet. */
    private static void replaceSheet(Path from, Path to, Content sheet) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(SHEET)) {
                    sheet.writeTo(out);
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }
}
