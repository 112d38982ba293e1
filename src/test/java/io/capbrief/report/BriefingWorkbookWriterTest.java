package io.capbrief.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook read back with POI: sheets, tables, numeric cells with their formats, chart, panes, properties. */
class BriefingWorkbookWriterTest {

    @TempDir
    static Path dir;

    static Path xlsx;

    @BeforeAll
    static void writeWorkbook() {
        xlsx = dir.resolve("out/briefing-2024-11-22.xlsx");
        new BriefingWorkbookWriter().write(WorkbookFixtures.briefing(), xlsx);
    }

    @Test
    void sheetsInOrder() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly("Summary", "Indices", "Data quality", "About");
        }
    }

    @Test
    void dataQualityListsEveryFindingInATable() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet quality = workbook.getSheet("Data quality");
            assertThat(quality.getTables()).singleElement().satisfies(t -> {
                assertThat(t.getName()).isEqualTo("DataQuality");
                assertThat(t.getArea().formatAsString()).isEqualTo("A1:D3");
            });
            assertThat(cell(quality, "A2").getStringCellValue()).isEqualTo("CIK0000000042.json");
            assertThat(cell(quality, "C2").getStringCellValue()).isEqualTo("line 1, val 'n/a': val is not a number");
            assertThat(cell(quality, "D2").getStringCellValue()).isEqualTo("quarantined: row not loaded");
            assertThat(cell(quality, "B3").getStringCellValue()).isEqualTo("EXMP");
            assertThat(quality.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void summaryHeadingHasWeekVersionAndGenerationTime() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(cell(summary, "B1").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 22));
            assertThat(format(cell(summary, "B1"))).isEqualTo("yyyy-mm-dd");
            assertThat(cell(summary, "B2").getNumericCellValue()).isEqualTo(1.0);
            assertThat(cell(summary, "B3").getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 11, 22, 23, 0, 5));
        }
    }

    @Test
    void keyFiguresTableHasOneRowPerIndexWithNumericCells() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet summary = workbook.getSheet("Summary");
            XSSFTable table = table(summary, "KeyFigures");

            assertThat(table.getArea().formatAsString()).isEqualTo("A5:M8");
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A5:M8");
            assertThat(table.getColumns()).extracting(XSSFTableColumn::getName).containsExactly(
                    "Index", "Close", "Close date", "1-week", "MTD", "QTD", "YTD", "Since US election",
                    "Off record high", "Record high date", "52w high", "52w low", "Forward P/E");
            assertHeaderCellsMatchColumnNames(summary, table);

            assertThat(cell(summary, "A6").getStringCellValue()).isEqualTo("Russell 2000");
            assertNumber(summary, "B6", 2406.67, "#,##0.00");
            assertThat(cell(summary, "C6").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 22));
            assertThat(format(cell(summary, "C6"))).isEqualTo("yyyy-mm-dd");
            assertNumber(summary, "D6", 0.0452, "0.0%");
            assertNumber(summary, "G6", 0.1873, "0.0%");
            assertNumber(summary, "H6", 0.0645, "0.0%");
            assertNumber(summary, "I6", -0.0148, "0.0%");
            assertThat(cell(summary, "J6").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 11, 8));
            assertNumber(summary, "K6", 2434.73, "#,##0.00");
            assertNumber(summary, "M6", 26.2, "0.0\"x\"");
            assertThat(cell(summary, "A7").getStringCellValue()).isEqualTo("S&P 500");
            assertNumber(summary, "H7", 0.0391, "0.0%");
            assertThat(cell(summary, "A8").getStringCellValue()).isEqualTo("Nasdaq Composite");
            assertNumber(summary, "B8", 19003.65, "#,##0.00");
        }
    }

    @Test
    void nullFigureIsBlankCellNotZero() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            Cell nasdaqForwardPe = cell(workbook.getSheet("Summary"), "M8");
            assertThat(nasdaqForwardPe.getCellType()).isEqualTo(CellType.BLANK);
            assertThat(format(nasdaqForwardPe)).isEqualTo("0.0\"x\"");
        }
    }

    @Test
    void ratesTableHasLevelsAndBasisPointChanges() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet summary = workbook.getSheet("Summary");
            XSSFTable table = table(summary, "Rates");

            assertThat(table.getArea().formatAsString()).isEqualTo("A10:G12");
            assertThat(table.getColumns()).extracting(XSSFTableColumn::getName).containsExactly(
                    "Series", "Label", "As of", "Level", "1-week change bp", "YTD change bp",
                    "Since US election change bp");
            assertHeaderCellsMatchColumnNames(summary, table);
            assertThat(cell(summary, "A11").getStringCellValue()).isEqualTo("DGS10");
            assertThat(cell(summary, "C11").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 21));
            assertNumber(summary, "D11", 4.43, "0.00");
            assertNumber(summary, "E11", -2.0, "+0;-0");
            assertNumber(summary, "F11", 55.0, "+0;-0");
            assertNumber(summary, "G11", 16.0, "+0;-0");
            assertThat(cell(summary, "A12").getStringCellValue()).isEqualTo("DFF");
            assertNumber(summary, "G12", -25.0, "+0;-0");
        }
    }

    @Test
    void summaryFreezesHeaderRowAndIndexColumn() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            PaneInformation pane = workbook.getSheet("Summary").getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 5);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void indicesTableHasOneRowPerDateWithGapsLeftBlank() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet indices = workbook.getSheet("Indices");
            XSSFTable table = table(indices, "IndexCloses");

            assertThat(table.getArea().formatAsString()).isEqualTo("A1:G6");
            assertThat(table.getColumns()).extracting(XSSFTableColumn::getName).containsExactly(
                    "Date", "Russell 2000", "S&P 500", "Nasdaq Composite",
                    "Russell 2000 rebased", "S&P 500 rebased", "Nasdaq Composite rebased");
            assertHeaderCellsMatchColumnNames(indices, table);

            assertThat(cell(indices, "A2").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 18));
            assertThat(format(cell(indices, "A2"))).isEqualTo("yyyy-mm-dd");
            assertThat(cell(indices, "A6").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 22));
            assertNumber(indices, "B2", 2300.00, "#,##0.00");
            assertNumber(indices, "C3", 5916.98, "#,##0.00");
            assertThat(cell(indices, "C4").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(indices, "F4").getCellType()).isEqualTo(CellType.BLANK);
            assertNumber(indices, "E2", 100.0, "#,##0.00");
            assertThat(cell(indices, "E6").getNumericCellValue()).isCloseTo(104.638, offset(1e-3));

            PaneInformation pane = indices.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void indicesHasNativeLineChartOfTheThreeRebasedSeries() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            List<XSSFChart> charts = workbook.getSheet("Indices").getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            List<XDDFChartData> data = charts.get(0).getChartSeries();
            assertThat(data).hasSize(1);
            assertThat(data.get(0)).isInstanceOf(XDDFLineChartData.class);
            assertThat(data.get(0).getSeriesCount()).isEqualTo(3);
            assertThat(IntStream.range(0, 3).mapToObj(i -> data.get(0).getSeries(i).getValuesData().getDataRangeReference()))
                    .containsExactly("Indices!$E$2:$E$6", "Indices!$F$2:$F$6", "Indices!$G$2:$G$6");
            assertThat(data.get(0).getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("Indices!$A$2:$A$6");
            assertThat(charts.get(0).getCTChart().isSetLegend()).isTrue();
            // LibreOffice draws a series without an explicit line invisibly
            assertThat(IntStream.range(0, 3).mapToObj(i -> data.get(0).getSeries(i).getShapeProperties().getLineProperties()))
                    .allSatisfy(line -> assertThat(line.getFillProperties()).isNotNull());
        }
    }

    @Test
    void aboutListsSourcesInATable() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet about = workbook.getSheet("About");
            XSSFTable table = table(about, "Sources");

            assertThat(table.getArea().formatAsString()).isEqualTo("A8:D10");
            assertHeaderCellsMatchColumnNames(about, table);
            assertThat(cell(about, "A9").getStringCellValue()).isEqualTo("rut");
            assertThat(cell(about, "B9").getStringCellValue()).isEqualTo("RUT.csv");
            assertThat(cell(about, "C9").getStringCellValue()).startsWith("9f86d081");
            assertThat(cell(about, "D10").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 21));
            assertThat(cell(about, "A6").getStringCellValue()).contains("METRICS.md");
        }
    }

    @Test
    void propertiesNameTheWeekAndCreationTime() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Small-cap briefing \u2014 week ending 2024-11-22");
            assertThat(core.getSubject()).isNotBlank();
            assertThat(core.getCreator()).isEqualTo("capbrief");
            assertThat(core.getCreated().toInstant()).isEqualTo(WorkbookFixtures.GENERATED_AT);
        }
    }

    @Test
    void emptyListsStillGiveValidTablesWithOneBlankRow() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        new BriefingWorkbookWriter().write(WorkbookFixtures.empty(), file);

        try (XSSFWorkbook workbook = open(file)) {
            assertThat(table(workbook.getSheet("Summary"), "KeyFigures").getArea().formatAsString()).isEqualTo("A5:L6");
            assertThat(table(workbook.getSheet("Indices"), "IndexCloses").getArea().formatAsString()).isEqualTo("A1:A2");
            assertThat(workbook.getSheet("Indices").getDrawingPatriarch()).isNull();
            XSSFSheet about = workbook.getSheet("About");
            assertThat(table(about, "Sources").getArea().formatAsString()).isEqualTo("A8:D9");
            assertThat(cell(about, "A11").getStringCellValue()).isEqualTo("Correction (version 2)");
            assertThat(cell(about, "A12").getStringCellValue()).isEqualTo("RUSSELL_2000.close: 2400.00 -> 2406.67");
        }
    }

    @Test
    void rewritingReplacesTheFileAndLeavesNoPartialFiles() throws IOException {
        Path file = dir.resolve("again.xlsx");
        new BriefingWorkbookWriter().write(WorkbookFixtures.empty(), file);
        new BriefingWorkbookWriter().write(WorkbookFixtures.briefing(), file);

        try (XSSFWorkbook workbook = open(file)) {
            assertThat(workbook.getSheet("Summary").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static XSSFTable table(XSSFSheet sheet, String name) {
        return sheet.getTables().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    private static void assertHeaderCellsMatchColumnNames(XSSFSheet sheet, XSSFTable table) {
        int row = table.getStartRowIndex();
        for (int c = 0; c < table.getColumnCount(); c++) {
            Cell header = sheet.getRow(row).getCell(table.getStartColIndex() + c);
            assertThat(header.getStringCellValue()).isEqualTo(table.getColumns().get(c).getName());
        }
    }

    private static Cell cell(XSSFSheet sheet, String ref) {
        CellReference reference = new CellReference(ref);
        return sheet.getRow(reference.getRow()).getCell(reference.getCol());
    }

    private static String format(Cell cell) {
        return cell.getCellStyle().getDataFormatString();
    }

    private static void assertNumber(XSSFSheet sheet, String ref, double expected, String format) {
        Cell cell = cell(sheet, ref);
        assertThat(cell.getCellType()).as(ref).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(ref).isEqualTo(expected);
        assertThat(format(cell)).as(ref).isEqualTo(format);
    }
}
