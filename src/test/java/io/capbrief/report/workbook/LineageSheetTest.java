package io.capbrief.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import io.capbrief.metrics.fundamentals.CompanyFundamentals;
import io.capbrief.metrics.fundamentals.TtmDeriver;
import io.capbrief.model.CompanyFact;
import io.capbrief.report.Briefing;
import io.capbrief.report.LineageRows;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lineage sheet on one hand-made company, ACME (CIK 42), known at 2024-11-22:
 * FY2023 10-K 0000000042-24-000003 filed 2024-02-20: revenue 1,000, EBIT 200, D&A 50;
 * H1 2024 10-Q 0000000042-24-000011 filed 2024-08-05: revenue 600 (H1 2023 beside it: 500), cash 250.
 * Revenue TTM = 1,000 + 600 - 500 = 1,100; EBITDA = 200 + 50 = 250.
 */
class LineageSheetTest {

    private static final String TEN_K = "0000000042-24-000003";
    private static final String TEN_Q = "0000000042-24-000011";
    private static final LocalDate K_FILED = LocalDate.of(2024, 2, 20);
    private static final LocalDate Q_FILED = LocalDate.of(2024, 8, 5);
    private static final LocalDate FY_START = LocalDate.of(2023, 1, 1);
    private static final LocalDate FY_END = LocalDate.of(2023, 12, 31);

    @TempDir
    static Path dir;

    static List<List<Object>> rows;
    static XSSFSheet sheet;
    static XSSFWorkbook workbook;

    @BeforeAll
    static void writeAndReadBack() throws IOException {
        List<CompanyFact> facts = List.of(
                fact("Revenues", FY_START, FY_END, 1000, "10-K", TEN_K, K_FILED),
                fact("OperatingIncomeLoss", FY_START, FY_END, 200, "10-K", TEN_K, K_FILED),
                fact("DepreciationDepletionAndAmortization", FY_START, FY_END, 50, "10-K", TEN_K, K_FILED),
                fact("Revenues", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), 600, "10-Q", TEN_Q, Q_FILED),
                fact("Revenues", FY_START, LocalDate.of(2023, 6, 30), 500, "10-Q", TEN_Q, Q_FILED),
                fact("CashAndCashEquivalentsAtCarryingValue", null, LocalDate.of(2024, 6, 30), 250, "10-Q", TEN_Q, Q_FILED));
        CompanyFundamentals acme = new TtmDeriver().derive(facts, LocalDate.of(2024, 11, 22));
        List<Briefing.LineageRow> lineage = LineageRows.of(new TreeMap<>(java.util.Map.of("ACME", acme)));
        Briefing.Valuation empty = Briefing.Valuation.empty();
        Briefing briefing = WorkbookFixtures.briefing(new Briefing.Valuation(empty.aggregates(), empty.companies(),
                empty.qualitySmallCaps(), empty.refinancingRisk(), empty.history(), empty.screenThresholds(),
                empty.leverage(), lineage));
        Path xlsx = dir.resolve("lineage.xlsx");
        new BriefingWorkbookWriter().write(briefing, xlsx);

        try (InputStream in = Files.newInputStream(xlsx)) {
            workbook = new XSSFWorkbook(in);
        }
        sheet = workbook.getSheet("Lineage");
        rows = new ArrayList<>();
        for (Row row : sheet) {
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < 14; c++) {
                cells.add(value(row.getCell(c)));
            }
            rows.add(cells);
        }
    }

    @Test
    void listsEachFactBehindEachFundamentalWithItsFilingAndTheRuleThatCombinedThem() {
        assertThat(rows.get(0)).containsExactly("Ticker", "CIK", "Fundamental", "Value", "Unit", "Rule", "Concept",
                "Period start", "Period end", "Fact value", "Form", "Accession", "Filed", "EDGAR filing");
        assertThat(rows.get(1)).containsExactly("ACME", "0000000042", "Revenue", 1100.0, "USD", "A + L - P (rule 2)",
                "us-gaap:Revenues", "2023-01-01", "2023-12-31", 1000.0, "10-K", TEN_K, "2024-02-20",
                "https://www.sec.gov/Archives/edgar/data/42/000000004224000003/");
        assertThat(rows.get(2)).containsExactly("ACME", "0000000042", "Revenue", 1100.0, "USD", "A + L - P (rule 2)",
                "us-gaap:Revenues", "2024-01-01", "2024-06-30", 600.0, "10-Q", TEN_Q, "2024-08-05",
                "https://www.sec.gov/Archives/edgar/data/42/000000004224000011/");
        assertThat(rows.get(3)).containsExactly("ACME", "0000000042", "Revenue", 1100.0, "USD", "A + L - P (rule 2)",
                "us-gaap:Revenues", "2023-01-01", "2023-06-30", 500.0, "10-Q", TEN_Q, "2024-08-05",
                "https://www.sec.gov/Archives/edgar/data/42/000000004224000011/");
        assertThat(rows.get(4)).startsWith("ACME", "0000000042", "EBIT", 200.0, "USD", "fiscal year (rule 1)",
                "us-gaap:OperatingIncomeLoss");
        assertThat(rows.get(5)).startsWith("ACME", "0000000042", "D&A", 50.0);
        assertThat(rows.get(6)).containsExactly("ACME", "0000000042", "Cash", 250.0, "USD", "latest instant",
                "us-gaap:CashAndCashEquivalentsAtCarryingValue", null, "2024-06-30", 250.0, "10-Q", TEN_Q, "2024-08-05",
                "https://www.sec.gov/Archives/edgar/data/42/000000004224000011/");
        assertThat(rows).hasSize(8);
    }

    @Test
    void aFieldThatCombinesOthersHasOneRowWithItsRuleAndNoFactsRepeated() {
        assertThat(rows.get(7)).containsExactly("ACME", "0000000042", "EBITDA", 250.0, "USD",
                "EBIT + D&A: fiscal year (rule 1) + fiscal year (rule 1)",
                "(OperatingIncomeLoss) + (DepreciationDepletionAndAmortization)", null, null, null, null, null, null, null);
    }

    @Test
    void theLinkIsAHyperlinkToTheFilingIndexAndTheListIsAnExcelTable() {
        Cell link = sheet.getRow(2).getCell(13);
        assertThat(link.getHyperlink().getAddress()).isEqualTo("https://www.sec.gov/Archives/edgar/data/42/000000004224000011/");
        assertThat(sheet.getRow(7).getCell(13)).satisfiesAnyOf(c -> assertThat(c).isNull(),
                c -> assertThat(c.getHyperlink()).isNull());
        assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        XSSFTable table = sheet.getTables().get(0);
        assertThat(table.getName()).isEqualTo("Lineage");
        assertThat(table.getArea().formatAsString()).isEqualTo("A1:N8");
        assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 3);
    }

    private static CompanyFact fact(String concept, LocalDate start, LocalDate end, double value, String form,
            String accn, LocalDate filed) {
        return new CompanyFact("0000000042", "us-gaap", concept, "USD", start, end, value, 2024, null, form, accn, filed);
    }

    /** A cell's value as a reader sees it: text, number, a date as yyyy-MM-dd, null for a blank. */
    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (cell.getCellStyle().getDataFormatString().startsWith("yyyy")) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return cell.getNumericCellValue();
    }
}
