package io.capbrief.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.capbrief.metrics.DataNote;
import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.report.Briefing.CompanyRow;
import io.capbrief.report.Briefing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.XDDFColorRgbBinary;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook read back with POI: sheets, tables, numeric cells with their formats, charts, panes,
 * conditional formats, properties; expected values are the literals of SampleBriefings (the week) and
 * WorkbookFixtures (its companies).
 */
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
                    .containsExactly("Summary", "Indices", "Valuation", "Leverage", "Companies", "Screens", "Lineage",
                            "Data quality", "About");
        }
    }

    @Test
    void dataQualityListsEveryFindingInATable() throws IOException {
        // given findings about a file row and about a company
        Path file = dir.resolve("findings.xlsx");
        new BriefingWorkbookWriter().write(WorkbookFixtures.briefing(List.of(
                new DataNote("CIK0000000042.json", null, "line 1, val 'n/a': val is not a number",
                        "quarantined: row not loaded"),
                new DataNote("estimates.csv", "EXMP", "no estimate dated on or before the week", "forward P/E empty"))),
                file);
        try (XSSFWorkbook workbook = open(file)) {
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
    void aLongListOfFindingsStreamsIntoOneTable() throws IOException {
        // 250 findings: more than the 200 rows the streamed sheet keeps in memory
        List<DataNote> many = IntStream.range(0, 250).mapToObj(i -> new DataNote("CIK" + i + ".json",
                i % 2 == 0 ? null : "T" + i, "line 1, val 'n/a': val is not a number", "quarantined: row not loaded")).toList();
        Briefing big = WorkbookFixtures.briefing(many);
        Path file = dir.resolve("findings.xlsx");
        new BriefingWorkbookWriter().write(big, file);

        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet quality = workbook.getSheet("Data quality");
            XSSFTable table = table(quality, "DataQuality");
            assertThat(table.getArea().formatAsString()).isEqualTo("A1:D251");
            assertHeaderCellsMatchColumnNames(quality, table);
            assertThat(cell(quality, "A2").getStringCellValue()).isEqualTo("CIK0.json");
            assertThat(cell(quality, "B2").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(quality, "A251").getStringCellValue()).isEqualTo("CIK249.json");
            assertThat(cell(quality, "B251").getStringCellValue()).isEqualTo("T249");
            assertThat(quality.getLastRowNum()).isEqualTo(250);
            assertThat(quality.getColumnWidth(2)).isEqualTo(90 * 256);
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
            assertNumber(summary, "D6", 0.0443, "0.0%");
            assertNumber(summary, "G6", 0.1873, "0.0%");
            assertNumber(summary, "H6", 0.06448, "0.0%");
            assertNumber(summary, "I6", -0.0148, "0.0%");
            assertThat(cell(summary, "J6").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 11, 8));
            assertNumber(summary, "K6", 2434.73, "#,##0.00");
            assertNumber(summary, "M6", 27.9, "0.0\"x\"");
            assertThat(cell(summary, "A7").getStringCellValue()).isEqualTo("S&P 500");
            assertNumber(summary, "H7", 0.0387, "0.0%");
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
            assertThat(cell(summary, "C11").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 22));
            assertNumber(summary, "D11", 4.41, "0.00");
            assertNumber(summary, "E11", -2.0, "+0;-0");
            assertNumber(summary, "F11", 53.0, "+0;-0");
            assertNumber(summary, "G11", 14.0, "+0;-0");
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
            // the sample's closes: Russell 2000 on 2024-11-18, S&P 500 on 2024-11-19
            assertNumber(indices, "B2", 2418.7071776979237, "#,##0.00");
            assertNumber(indices, "C3", 5959.692074331334, "#,##0.00");
            assertThat(cell(indices, "C4").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(indices, "F4").getCellType()).isEqualTo(CellType.BLANK);
            assertNumber(indices, "E2", 100.0, "#,##0.00");
            // 2406.67 / 2418.7072 * 100
            assertThat(cell(indices, "E6").getNumericCellValue()).isCloseTo(99.502, offset(1e-3));

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
    void summaryValuesAreTheFigures() throws IOException {
        Briefing briefing = WorkbookFixtures.briefing();
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(cell(summary, "B6").getNumericCellValue()).isEqualTo(briefing.figure("RUSSELL_2000.close"));
            assertThat(cell(summary, "D6").getNumericCellValue()).isEqualTo(briefing.figure("RUSSELL_2000.return.1w"));
            assertThat(cell(summary, "G6").getNumericCellValue()).isEqualTo(briefing.figure("RUSSELL_2000.return.ytd"));
            assertThat(cell(summary, "H6").getNumericCellValue())
                    .isEqualTo(briefing.figure("RUSSELL_2000.return.event.us-election"));
            assertThat(cell(summary, "I6").getNumericCellValue()).isEqualTo(briefing.figure("RUSSELL_2000.off_high"));
            assertThat(cell(summary, "M6").getNumericCellValue()).isEqualTo(briefing.figure("RUSSELL_2000.fwd_pe"));
            assertThat(cell(summary, "B7").getNumericCellValue()).isEqualTo(briefing.figure("SP_500.close"));
            assertThat(cell(summary, "H7").getNumericCellValue()).isEqualTo(briefing.figure("SP_500.return.event.us-election"));
            assertThat(cell(summary, "M7").getNumericCellValue()).isEqualTo(briefing.figure("SP_500.fwd_pe"));
            assertThat(cell(summary, "B8").getNumericCellValue()).isEqualTo(briefing.figure("NASDAQ_COMPOSITE.close"));
            assertThat(briefing.figure("NASDAQ_COMPOSITE.fwd_pe")).isNull();
            assertThat(cell(summary, "M8").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(summary, "D11").getNumericCellValue()).isEqualTo(briefing.figure("RATES.DGS10"));
            assertThat(cell(summary, "E11").getNumericCellValue()).isEqualTo(briefing.figure("RATES.DGS10.change_bp.1w"));
        }
    }

    @Test
    void valuationHistoryHasOneRowAHistoryPointWithEmptyFiguresBlank() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet valuation = workbook.getSheet("Valuation");
            XSSFTable table = table(valuation, "ValuationHistory");

            // Week, then 9 figures of each of three indices and the relative: 29 columns, A to AC; 120 history points
            assertThat(table.getArea().formatAsString()).isEqualTo("A1:AC121");
            // the columns the sheet had before the ten-year history keep their letters (B to J), the others follow
            assertThat(table.getColumns()).extracting(XSSFTableColumn::getName).startsWith(
                    "Week", "Russell 2000 forward P/E", "S&P 500 forward P/E", "Relative forward P/E",
                    "Russell 2000 forward P/E ex-negative", "S&P 500 forward P/E ex-negative",
                    "Russell 2000 median forward P/E", "S&P 500 median forward P/E", "Russell 2000 % unprofitable",
                    "S&P 500 % unprofitable", "Russell 2000 % unprofitable by weight", "Russell 2000 net debt / EBITDA");
            assertThat(table.getColumns().get(14).getName()).isEqualTo("Russell 2000 effective interest rate");
            assertThat(table.getColumns().get(28).getName()).isEqualTo("Nasdaq Composite effective interest rate");
            assertHeaderCellsMatchColumnNames(valuation, table);
            assertThat(cell(valuation, "A2").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2014, 12, 26));
            assertNumber(valuation, "B2", 21.1, "0.0\"x\"");
            assertNumber(valuation, "C2", 17.5, "0.0\"x\"");
            // 21.1 / 17.5 = 1.2057
            assertThat(cell(valuation, "D2").getNumericCellValue()).isCloseTo(1.2057, offset(1e-4));
            // the Russell 2000's ex-negative starts in the second year; Jul 2015 lacks the S&P 500 median, Jun 2017 the relative
            assertThat(cell(valuation, "E2").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(valuation, "H9").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(valuation, "A32").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2017, 6, 30));
            assertThat(cell(valuation, "D32").getCellType()).isEqualTo(CellType.BLANK);
            assertNumber(valuation, "I2", 0.424, "0.0%");
            assertNumber(valuation, "O2", 0.06, "0.0%");
            // the Nasdaq Composite has no history: blank cells, still formatted
            assertThat(cell(valuation, "U2").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(valuation, "A121").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(WorkbookFixtures.WEEK);
            assertNumber(valuation, "B121", 27.9, "0.0\"x\"");
            assertNumber(valuation, "C121", 22.7, "0.0\"x\"");
            assertNumber(valuation, "G121", 18.197, "0.0\"x\"");
            assertNumber(valuation, "O121", 0.0712, "0.0%");
            assertThat(valuation.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void valuationStatisticsGiveEachFigureNowItsAveragesZScorePercentileAndRange() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet valuation = workbook.getSheet("Valuation");
            XSSFTable table = table(valuation, "ValuationStatistics");

            // right of the history after one empty column: 28 figures (9 per index and the relative)
            assertThat(table.getArea().formatAsString()).isEqualTo("AE1:AN29");
            assertThat(table.getColumns()).extracting(XSSFTableColumn::getName).containsExactly("Figure", "Index",
                    "Measure", "Now", "5-year average", "10-year average", "10-year z-score", "History percentile",
                    "10-year low", "10-year high");
            assertHeaderCellsMatchColumnNames(valuation, table);
            assertThat(cell(valuation, "AE2").getStringCellValue()).isEqualTo("RUSSELL_2000.fwd_pe");
            assertNumber(valuation, "AH2", 27.9, "0.0\"x\"");
            assertNumber(valuation, "AI2", 22.4883, "0.0\"x\"");
            assertNumber(valuation, "AJ2", 21.8723, "0.0\"x\"");
            assertNumber(valuation, "AK2", 3.5985, "+0.00;-0.00");
            assertNumber(valuation, "AL2", 100.0, "0");
            // the Russell 2000's lowest month-end forward P/E: 1.17 * 16.0 + 0.6 cos(...) = 19.1 (SampleHistory)
            assertNumber(valuation, "AM2", 19.1, "0.0\"x\"");
            assertNumber(valuation, "AN2", 27.9, "0.0\"x\"");
            // the ex-negative's percentile is the empty figure
            assertThat(cell(valuation, "AE5").getStringCellValue()).isEqualTo("RUSSELL_2000.fwd_pe_ex_neg");
            assertThat(cell(valuation, "AL5").getCellType()).isEqualTo(CellType.BLANK);
            // a share in the same columns: the Russell 2000's effective rate, a percentage, low 4.9% in Nov 2019
            assertThat(cell(valuation, "AE15").getStringCellValue()).isEqualTo("RUSSELL_2000.effective_rate");
            assertNumber(valuation, "AH15", 0.0712, "0.0%");
            assertNumber(valuation, "AJ15", 0.0542, "0.0%");
            assertNumber(valuation, "AM15", 0.049, "0.0%");
            assertThat(cell(valuation, "AE29").getStringCellValue()).isEqualTo("NASDAQ_COMPOSITE.effective_rate");
            assertThat(cell(valuation, "AH29").getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void valuationHasNativeLineChartOfForwardPeHistory() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            List<XSSFChart> charts = workbook.getSheet("Valuation").getDrawingPatriarch().getCharts();
            assertThat(charts).singleElement().satisfies(chart -> {
                XDDFChartData data = chart.getChartSeries().get(0);
                assertThat(data).isInstanceOf(XDDFLineChartData.class);
                assertThat(IntStream.range(0, data.getSeriesCount()).mapToObj(i -> data.getSeries(i).getValuesData()
                        .getDataRangeReference())).containsExactly("Valuation!$B$2:$B$121", "Valuation!$C$2:$C$121");
                assertThat(data.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("Valuation!$A$2:$A$121");
                // one tick a year over the monthly points
                var axis = chart.getCTChart().getPlotArea().getDateAxArray(0);
                assertThat(axis.getMajorUnit().getVal()).isEqualTo(1.0);
                assertThat(axis.xmlText()).contains("<c:baseTimeUnit val=\"months\"/>", "<c:majorTimeUnit val=\"years\"/>");
            });
        }
    }

    @Test
    void leverageHasEachIndexAggregateWithItsCoverage() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet leverage = workbook.getSheet("Leverage");
            XSSFTable table = table(leverage, "IndexAggregates");

            // Index, then 12 figures each with its coverage: 25 columns, A to Y; two indices
            assertThat(table.getArea().formatAsString()).isEqualTo("A2:Y4");
            assertHeaderCellsMatchColumnNames(leverage, table);
            assertThat(table.getColumns()).extracting(XSSFTableColumn::getName).startsWith(
                    "Index", "Forward P/E", "Forward P/E coverage", "Forward P/E ex-negative",
                    "Forward P/E ex-negative coverage");
            assertThat(table.getColumns().get(11).getName()).isEqualTo("Net debt / EBITDA");
            assertThat(cell(leverage, "A1").getStringCellValue()).startsWith("By index");
            assertThat(cell(leverage, "A3").getStringCellValue()).isEqualTo("Russell 2000");
            assertNumber(leverage, "B3", 200.0, "0.0\"x\"");
            assertNumber(leverage, "C3", 1.0, "0.0%");
            assertNumber(leverage, "D3", 20.0, "0.0\"x\"");
            assertNumber(leverage, "E3", 0.6, "0.0%");
            assertNumber(leverage, "L3", 3.3158, "0.0\"x\"");
            assertNumber(leverage, "P3", 4.0, "0.0\"x\"");
            assertNumber(leverage, "V3", 0.3143, "0.0%");
            assertThat(cell(leverage, "A4").getStringCellValue()).isEqualTo("S&P 500");
            assertNumber(leverage, "B4", 25.0, "0.0\"x\"");
            // no constituent with interest expense: the figure is empty, its coverage a real 0
            assertThat(cell(leverage, "P4").getCellType()).isEqualTo(CellType.BLANK);
            assertNumber(leverage, "Q4", 0.0, "0.0%");
            assertThat(cell(leverage, "D4").getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void leverageHasCoverageAndNetDebtBucketsPerIndex() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet leverage = workbook.getSheet("Leverage");
            XSSFTable coverage = table(leverage, "CoverageBuckets");
            assertThat(coverage.getArea().formatAsString()).isEqualTo("A7:E12");
            assertThat(coverage.getColumns()).extracting(XSSFTableColumn::getName).containsExactly(
                    "Range", "Russell 2000 companies", "Russell 2000 share", "S&P 500 companies", "S&P 500 share");
            assertHeaderCellsMatchColumnNames(leverage, coverage);
            // Russell 2000 non-financials with coverage: BRKN 0.8x (<1) and ACME 12.0x (>5); 1 of 2 each
            assertThat(cell(leverage, "A8").getStringCellValue()).isEqualTo("<1");
            assertNumber(leverage, "B8", 1.0, "0");
            assertNumber(leverage, "C8", 0.5, "0.0%");
            assertNumber(leverage, "B9", 0.0, "0");
            assertThat(cell(leverage, "A12").getStringCellValue()).isEqualTo(">5");
            assertNumber(leverage, "B12", 1.0, "0");
            // BIGC has no interest expense: no S&P 500 company has coverage, so no share (not 0%)
            assertNumber(leverage, "D8", 0.0, "0");
            assertThat(cell(leverage, "E8").getCellType()).isEqualTo(CellType.BLANK);

            XSSFTable netDebt = table(leverage, "NetDebtEbitdaBuckets");
            assertThat(netDebt.getArea().formatAsString()).isEqualTo("A15:E23");
            assertHeaderCellsMatchColumnNames(leverage, netDebt);
            // ACME 1.0x falls in 1-2x, BRKN 12.0x in >5x
            assertThat(cell(leverage, "A18").getStringCellValue()).isEqualTo("1\u20132x");
            assertNumber(leverage, "B18", 1.0, "0");
            assertNumber(leverage, "C18", 0.5, "0.0%");
            assertThat(cell(leverage, "A22").getStringCellValue()).isEqualTo(">5x");
            assertNumber(leverage, "B22", 1.0, "0");
            assertThat(cell(leverage, "A23").getStringCellValue()).isEqualTo("EBITDA \u2264 0");
            assertNumber(leverage, "B23", 0.0, "0");
        }
    }

    @Test
    void leverageHasTheRussellSectors() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet leverage = workbook.getSheet("Leverage");
            XSSFTable sectors = table(leverage, "SectorAggregates");

            // Sector, Weight, then the 12 figures: A to N; two sectors
            assertThat(sectors.getArea().formatAsString()).isEqualTo("A26:N28");
            assertHeaderCellsMatchColumnNames(leverage, sectors);
            assertThat(cell(leverage, "A25").getStringCellValue()).isEqualTo("Russell 2000 sectors");
            assertThat(cell(leverage, "A27").getStringCellValue()).isEqualTo("Energy");
            assertNumber(leverage, "B27", 0.4, "0.0%");
            assertNumber(leverage, "C27", -16.0, "0.0\"x\"");
            assertNumber(leverage, "H27", 12.0, "0.0\"x\"");
            assertThat(cell(leverage, "D27").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(leverage, "A28").getStringCellValue()).isEqualTo("Industrials");
            assertNumber(leverage, "H28", 1.0, "0.0\"x\"");
        }
    }

    @Test
    void leverageHasTheMaturityWallBelowTheEarlierTables() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet leverage = workbook.getSheet("Leverage");
            XSSFTable wall = table(leverage, "MaturityWall");

            // one blank row under SectorAggregates (A26:N28), its title in A30; six buckets
            assertThat(wall.getArea().formatAsString()).isEqualTo("A31:J37");
            assertThat(wall.getColumns()).extracting(XSSFTableColumn::getName).containsExactly("Maturity",
                    "Russell 2000 share", "Russell 2000 $m", "Russell 2000 coverage",
                    "S&P 500 share", "S&P 500 $m", "S&P 500 coverage",
                    "Nasdaq Composite share", "Nasdaq Composite $m", "Nasdaq Composite coverage");
            assertHeaderCellsMatchColumnNames(leverage, wall);
            assertThat(cell(leverage, "A30").getStringCellValue())
                    .isEqualTo("Maturity wall of non-financials: share of total debt and USD due");
            assertThat(IntStream.rangeClosed(32, 37).mapToObj(r -> cell(leverage, "A" + r).getStringCellValue()))
                    .containsExactly("12 months", "Year 2", "Year 3", "Year 4", "Year 5", "After 5");
            assertNumber(leverage, "B32", 0.1468, "0.0%");
            // $124.78bn stored in millions, as every money column of the workbook
            assertNumber(leverage, "C32", 124780.0, "#,##0.0");
            assertNumber(leverage, "D32", 0.8214, "0.0%");
            assertNumber(leverage, "B37", 0.2641, "0.0%");
            assertNumber(leverage, "E37", 0.5318, "0.0%");
            assertNumber(leverage, "F37", 4786200.0, "#,##0.0");
            assertNumber(leverage, "G37", 0.9532, "0.0%");
            // the Nasdaq Composite has no maturity figures: blank cells keeping their formats, never 0
            assertThat(cell(leverage, "H32").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(format(cell(leverage, "H32"))).isEqualTo("0.0%");
            assertThat(cell(leverage, "I32").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(format(cell(leverage, "I32"))).isEqualTo("#,##0.0");
            assertThat(cell(leverage, "J37").getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void leverageHasTheEffectiveRateAndEpsRevisionWithCoverage() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet leverage = workbook.getSheet("Leverage");
            XSSFTable cost = table(leverage, "DebtCost");

            assertThat(cost.getArea().formatAsString()).isEqualTo("A40:I43");
            assertThat(cost.getColumns()).extracting(XSSFTableColumn::getName).containsExactly("Index",
                    "Effective interest rate", "Effective interest rate coverage", "EPS revision 13w",
                    "EPS revision 13w coverage", "Revised up 13w", "Revised up 13w coverage", "Revised down 13w",
                    "Revised down 13w coverage");
            assertHeaderCellsMatchColumnNames(leverage, cost);
            assertThat(cell(leverage, "A41").getStringCellValue()).isEqualTo("Russell 2000");
            assertNumber(leverage, "B41", 0.0712, "0.0%");
            assertNumber(leverage, "C41", 0.8876, "0.0%");
            assertNumber(leverage, "D41", -0.0243, "0.0%");
            assertNumber(leverage, "E41", 0.9012, "0.0%");
            assertNumber(leverage, "F41", 0.3125, "0.0%");
            assertNumber(leverage, "H41", 0.4418, "0.0%");
            assertNumber(leverage, "B42", 0.0431, "0.0%");
            assertNumber(leverage, "D42", 0.0118, "0.0%");
            assertNumber(leverage, "F42", 0.5247, "0.0%");
            assertNumber(leverage, "I42", 0.9874, "0.0%");
            assertThat(cell(leverage, "A43").getStringCellValue()).isEqualTo("Nasdaq Composite");
            assertThat(cell(leverage, "B43").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(leverage, "D43").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(format(cell(leverage, "D43"))).isEqualTo("0.0%");
        }
    }

    @Test
    void leverageHasNativeClusteredColumnChartOfTheMaturityShares() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            List<XSSFChart> charts = workbook.getSheet("Leverage").getDrawingPatriarch().getCharts();
            assertThat(charts).singleElement().satisfies(chart -> {
                XDDFChartData data = chart.getChartSeries().get(0);
                assertThat(data).isInstanceOfSatisfying(XDDFBarChartData.class, bars -> {
                    assertThat(bars.getBarDirection()).isEqualTo(BarDirection.COL);
                    assertThat(bars.getBarGrouping()).isEqualTo(BarGrouping.CLUSTERED);
                });
                // the Nasdaq Composite, without a maturity figure, has no series
                assertThat(IntStream.range(0, data.getSeriesCount()).mapToObj(i -> data.getSeries(i).getValuesData()
                        .getDataRangeReference())).containsExactly("Leverage!$B$32:$B$37", "Leverage!$E$32:$E$37");
                assertThat(data.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("Leverage!$A$32:$A$37");
                // each index's colour of every chart (SeriesColours), set explicitly for LibreOffice
                assertThat(IntStream.range(0, data.getSeriesCount()).mapToObj(i -> HexFormat.of().formatHex(
                        ((XDDFColorRgbBinary) ((XDDFSolidFillProperties) data.getSeries(i).getShapeProperties()
                                .getFillProperties()).getColor()).getValue())))
                        .containsExactly("0072b2", "d55e00");
                assertThat(chart.getCTChart().isSetLegend()).isTrue();
            });
        }
    }

    @Test
    void theDebtProfileWithoutIndicesStillGivesValidTablesAndNoChart() throws IOException {
        Path file = dir.resolve("empty-debt.xlsx");
        new BriefingWorkbookWriter().write(WorkbookFixtures.empty(), file);

        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet leverage = workbook.getSheet("Leverage");
            // two rows higher than in the full week: IndexAggregates and SectorAggregates have one blank row each
            assertThat(table(leverage, "MaturityWall").getArea().formatAsString()).isEqualTo("A29:A35");
            assertThat(cell(leverage, "A30").getStringCellValue()).isEqualTo("12 months");
            // DebtCost has its figure columns whatever the indices
            assertThat(table(leverage, "DebtCost").getArea().formatAsString()).isEqualTo("A38:I39");
            assertThat(leverage.getDrawingPatriarch()).isNull();
        }
    }

    @Test
    void companiesHasOneRowPerConstituentWithEveryMetric() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet companies = workbook.getSheet("Companies");
            XSSFTable table = table(companies, "Companies");

            assertThat(table.getArea().formatAsString()).isEqualTo("A1:AD4");
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A1:AD4");
            assertThat(table.getColumns()).extracting(XSSFTableColumn::getName).containsExactly(
                    "Index", "Ticker", "Name", "Sector", "Weight", "Price", "Market cap $m", "NTM EPS", "Forward P/E",
                    "Trailing P/E", "Revenue $m", "EBIT $m", "EBITDA $m", "Net income $m", "Interest expense $m",
                    "Total debt $m", "Cash $m", "Net debt $m", "Net debt / EBITDA", "Interest coverage",
                    "Implied interest rate", "Near-term maturities", "Unprofitable", "Zombie", "Rate shock",
                    "Rate-shock interest $m", "Rate-shock coverage", "TTM end", "Stale", "Flags");
            assertHeaderCellsMatchColumnNames(companies, table);

            assertThat(cell(companies, "A2").getStringCellValue()).isEqualTo("Russell 2000");
            assertThat(cell(companies, "B2").getStringCellValue()).isEqualTo("ACME");
            assertThat(cell(companies, "C2").getStringCellValue()).isEqualTo("Acme Tools Inc");
            assertThat(cell(companies, "D2").getStringCellValue()).isEqualTo("Industrials");
            assertNumber(companies, "E2", 0.6, "0.000%");
            assertNumber(companies, "F2", 50.0, "#,##0.00");
            // money in millions: 1.0e9 dollars is 1,000.0
            assertNumber(companies, "G2", 1000.0, "#,##0.0");
            assertNumber(companies, "H2", 2.5, "#,##0.00");
            assertNumber(companies, "I2", 20.0, "0.0\"x\"");
            assertNumber(companies, "J2", 12.5, "0.0\"x\"");
            assertNumber(companies, "K2", 900.0, "#,##0.0");
            assertNumber(companies, "L2", 120.0, "#,##0.0");
            assertNumber(companies, "M2", 150.0, "#,##0.0");
            assertNumber(companies, "N2", 80.0, "#,##0.0");
            assertNumber(companies, "O2", 10.0, "#,##0.0");
            assertNumber(companies, "P2", 200.0, "#,##0.0");
            assertNumber(companies, "Q2", 50.0, "#,##0.0");
            assertNumber(companies, "R2", 150.0, "#,##0.0");
            assertNumber(companies, "S2", 1.0, "0.0\"x\"");
            assertNumber(companies, "T2", 12.0, "0.0\"x\"");
            assertNumber(companies, "U2", 0.05, "0.0%");
            assertNumber(companies, "V2", 0.1, "0.0%");
            assertThat(cell(companies, "W2").getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(cell(companies, "W2").getBooleanCellValue()).isFalse();
            assertThat(cell(companies, "X2").getBooleanCellValue()).isFalse();
            assertNumber(companies, "Y2", 0.0241, "0.0%");
            assertThat(cell(companies, "Z2").getNumericCellValue()).isCloseTo(10.482, offset(1e-9));
            assertNumber(companies, "AA2", 11.4482, "0.0\"x\"");
            assertThat(cell(companies, "AB2").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 9, 30));
            assertThat(cell(companies, "AC2").getBooleanCellValue()).isFalse();
            assertThat(cell(companies, "AD2").getCellType()).isEqualTo(CellType.BLANK);

            assertThat(cell(companies, "B3").getStringCellValue()).isEqualTo("BRKN");
            assertNumber(companies, "N3", -15.0, "#,##0.0");
            assertNumber(companies, "S3", 12.0, "0.0\"x\"");
            assertThat(cell(companies, "W3").getBooleanCellValue()).isTrue();
            assertThat(cell(companies, "X3").getBooleanCellValue()).isTrue();
            assertThat(cell(companies, "AD3").getStringCellValue()).isEqualTo("negative forward earnings");

            assertThat(cell(companies, "A4").getStringCellValue()).isEqualTo("S&P 500");
            assertNumber(companies, "G4", 100_000.0, "#,##0.0");
            assertThat(cell(companies, "AC4").getBooleanCellValue()).isTrue();
        }
    }

    @Test
    void emptyCompanyFiguresAreBlankCellsNotZero() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet companies = workbook.getSheet("Companies");
            // BRKN: negative forward earnings and a loss, so no forward or trailing P/E
            assertThat(List.of("I3", "J3")).allSatisfy(ref -> assertThat(cell(companies, ref).getCellType()).as(ref)
                    .isEqualTo(CellType.BLANK));
            // BIGC: no interest, no debt, no zombie verdict, nothing that needs them
            assertThat(List.of("O4", "P4", "R4", "S4", "T4", "U4", "V4", "X4", "Y4", "Z4", "AA4"))
                    .allSatisfy(ref -> assertThat(cell(companies, ref).getCellType()).as(ref).isEqualTo(CellType.BLANK));
            assertThat(format(cell(companies, "S4"))).isEqualTo("0.0\"x\"");
        }
    }

    @Test
    void companiesFreezesHeaderIndexAndTickerAndSetsWidths() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet companies = workbook.getSheet("Companies");
            PaneInformation pane = companies.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 2);
            assertThat(companies.getColumnWidth(2)).isEqualTo(34 * 256);
            assertThat(companies.getColumnWidth(29)).isEqualTo(40 * 256);
        }
    }

    @Test
    void companiesHighlightsEveryScreenThreshold() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            // METRICS.md section 6 defaults: risk net debt / EBITDA > 5, coverage < 1.5, maturities > 25%;
            // quality coverage > 5, net debt / EBITDA < 1; an empty cell never counts as 0
            assertThat(rules(workbook.getSheet("Companies"))).containsExactlyInAnyOrder(
                    "S2:S4 AND(ISNUMBER(S2),S2>5.0)",
                    "T2:T4 AND(ISNUMBER(T2),T2<1.5)",
                    "V2:V4 AND(ISNUMBER(V2),V2>0.25)",
                    "T2:T4 AND(ISNUMBER(T2),T2>5.0)",
                    "S2:S4 AND(ISNUMBER(S2),S2<1.0)");
        }
    }

    @Test
    void configuredThresholdsAreTheOnesHighlighted() throws IOException {
        Path file = dir.resolve("thresholds.xlsx");
        new BriefingWorkbookWriter(new ScreenThresholds(0.5, 8.0, 2.0, 4.0, 0.3)).write(WorkbookFixtures.briefing(), file);

        try (XSSFWorkbook workbook = open(file)) {
            assertThat(rules(workbook.getSheet("Companies"))).containsExactlyInAnyOrder(
                    "S2:S4 AND(ISNUMBER(S2),S2>4.0)",
                    "T2:T4 AND(ISNUMBER(T2),T2<2.0)",
                    "V2:V4 AND(ISNUMBER(V2),V2>0.3)",
                    "T2:T4 AND(ISNUMBER(T2),T2>8.0)",
                    "S2:S4 AND(ISNUMBER(S2),S2<0.5)");
        }
    }

    @Test
    void screensListsEachScreenInItsOwnTable() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet screens = workbook.getSheet("Screens");
            XSSFTable quality = table(screens, "QualitySmallCaps");
            XSSFTable risk = table(screens, "RefinancingRisk");

            assertThat(quality.getArea().formatAsString()).isEqualTo("A2:P3");
            assertThat(risk.getArea().formatAsString()).isEqualTo("A6:P7");
            assertHeaderCellsMatchColumnNames(screens, quality);
            assertHeaderCellsMatchColumnNames(screens, risk);
            assertThat(quality.getColumns()).extracting(XSSFTableColumn::getName).containsExactly(
                    "Ticker", "Name", "Sector", "Weight", "Market cap $m", "Forward P/E", "Trailing P/E", "Net income $m",
                    "Net debt $m", "Net debt / EBITDA", "Interest coverage", "Near-term maturities",
                    "Implied interest rate", "Rate-shock coverage", "Zombie", "Flags");
            assertThat(cell(screens, "A1").getStringCellValue()).startsWith("Quality small caps");
            assertThat(cell(screens, "A3").getStringCellValue()).isEqualTo("ACME");
            assertNumber(screens, "F3", 20.0, "0.0\"x\"");
            assertNumber(screens, "K3", 12.0, "0.0\"x\"");
            assertThat(cell(screens, "A5").getStringCellValue()).startsWith("Refinancing risk");
            assertThat(cell(screens, "A7").getStringCellValue()).isEqualTo("BRKN");
            assertThat(cell(screens, "F7").getCellType()).isEqualTo(CellType.BLANK);
            assertNumber(screens, "L7", 0.4, "0.0%");
            assertNumber(screens, "N7", 0.6707, "0.0\"x\"");
            assertThat(rules(screens)).contains("L7 AND(ISNUMBER(L7),L7>0.25)", "K3 AND(ISNUMBER(K3),K3>5.0)");
        }
    }

    @Test
    void aLongCompanyListStreamsIntoOneTable() throws IOException {
        // 1,200 companies: more than the 200 rows the streamed sheet keeps in memory
        List<CompanyRow> many = IntStream.range(0, 1200).mapToObj(i -> company("T" + i, "Company " + i, 1 / 1200.0, 10.0 + i))
                .toList();
        Briefing big = WorkbookFixtures.briefing(new Briefing.Valuation(List.of(), many, List.of(), List.of(), List.of()));
        Path file = dir.resolve("many.xlsx");
        new BriefingWorkbookWriter().write(big, file);

        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet companies = workbook.getSheet("Companies");
            assertThat(table(companies, "Companies").getArea().formatAsString()).isEqualTo("A1:AD1201");
            assertThat(companies.getLastRowNum()).isEqualTo(1200);
            assertThat(cell(companies, "B2").getStringCellValue()).isEqualTo("T0");
            assertThat(cell(companies, "B1201").getStringCellValue()).isEqualTo("T1199");
            // price 10 + 1199
            assertNumber(companies, "F1201", 1209.0, "#,##0.00");
            assertThat(rules(companies)).contains("S2:S1201 AND(ISNUMBER(S2),S2>5.0)");
        }
    }

    @Test
    void longScreensStreamOneBelowTheOtherEachInItsOwnTable() throws IOException {
        // 300 quality small caps and 250 refinancing risks: both longer than the 200 rows the streamed sheet keeps in memory
        Briefing big = WorkbookFixtures.briefing(
                new Briefing.Valuation(List.of(), List.of(), screened("Q", 300), screened("R", 250), List.of()));
        Path file = dir.resolve("screens.xlsx");
        new BriefingWorkbookWriter().write(big, file);

        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet screens = workbook.getSheet("Screens");
            XSSFTable quality = table(screens, "QualitySmallCaps");
            XSSFTable risk = table(screens, "RefinancingRisk");
            // title in row 1, header in row 2, 300 rows 3-302, a blank row 303, title 304, header 305, 250 rows 306-555
            assertThat(quality.getArea().formatAsString()).isEqualTo("A2:P302");
            assertThat(risk.getArea().formatAsString()).isEqualTo("A305:P555");
            assertHeaderCellsMatchColumnNames(screens, quality);
            assertHeaderCellsMatchColumnNames(screens, risk);
            assertThat(workbook.getFontAt(cell(screens, "A305").getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(cell(screens, "A3").getStringCellValue()).isEqualTo("Q0");
            assertThat(cell(screens, "A302").getStringCellValue()).isEqualTo("Q299");
            assertThat(screens.getRow(302) == null).as("row 303 is blank").isTrue();
            assertThat(cell(screens, "A304").getStringCellValue()).startsWith("Refinancing risk");
            assertThat(cell(screens, "A306").getStringCellValue()).isEqualTo("R0");
            assertThat(cell(screens, "A555").getStringCellValue()).isEqualTo("R249");
            // weight 249 / 1000
            assertNumber(screens, "D555", 249 / 1000.0, "0.000%");
            assertThat(screens.getLastRowNum()).isEqualTo(554);
            assertThat(rules(screens)).contains("K3:K302 AND(ISNUMBER(K3),K3>5.0)", "L306:L555 AND(ISNUMBER(L306),L306>0.25)");
            // the widest name of each list sets column B
            assertThat(screens.getColumnWidth(1)).isEqualTo(("Refinancing risk company 249".length() + 2) * 256);
        }
    }

    private static List<CompanyRow> screened(String prefix, int count) {
        String name = prefix.equals("Q") ? "Quality company " : "Refinancing risk company ";
        return IntStream.range(0, count).mapToObj(i -> company(prefix + i, name + i, i / 1000.0, 10.0 + i)).toList();
    }

    /** A Russell 2000 industrial with a ticker, name, weight and price, and no other figure. */
    private static CompanyRow company(String ticker, String name, double weight, double price) {
        return new CompanyRow("RUSSELL_2000", ticker, name, "Industrials", weight, price, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, false, "");
    }

    @Test
    void longHeadersWrapAtWordsAndMakeTheirRowTaller() {
        // "Nasdaq Composite companies" in 12 characters: "Nasdaq" / "Composite" / "companies"
        assertThat(WorkbookTable.wrappedLines("Nasdaq Composite companies", 12)).isEqualTo(3);
        assertThat(WorkbookTable.wrappedLines("Forward P/E", 12)).isEqualTo(1);
        assertThat(WorkbookTable.wrappedLines("Rate-shock interest $m", 12)).isEqualTo(2);
    }

    @Test
    void companiesHeaderRowIsTallEnoughForItsWrappedHeaders() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet companies = workbook.getSheet("Companies");
            assertThat(companies.getRow(0).getHeightInPoints()).isGreaterThan(companies.getDefaultRowHeightInPoints());
            assertThat(cell(companies, "AA1").getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void aboutListsSourcesInATable() throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            XSSFSheet about = workbook.getSheet("About");
            XSSFTable table = table(about, "Sources");

            assertThat(table.getArea().formatAsString()).isEqualTo("A8:D12");
            assertHeaderCellsMatchColumnNames(about, table);
            assertThat(cell(about, "A9").getStringCellValue()).isEqualTo("rut");
            assertThat(cell(about, "B9").getStringCellValue()).isEqualTo("RUT.csv");
            assertThat(cell(about, "C9").getStringCellValue()).startsWith("9f2c1d0b");
            assertThat(cell(about, "D10").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 22));
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
            assertThat(table(workbook.getSheet("Valuation"), "ValuationHistory").getArea().formatAsString()).isEqualTo("A1:AC2");
            // with no figures, the statistics table still lists them
            assertThat(table(workbook.getSheet("Valuation"), "ValuationStatistics").getArea().formatAsString()).isEqualTo("AE1:AN29");
            assertThat(workbook.getSheet("Valuation").getDrawingPatriarch()).isNull();
            assertThat(table(workbook.getSheet("Leverage"), "IndexAggregates").getArea().formatAsString()).isEqualTo("A2:Y3");
            // with no index, the bucket tables still list the ranges
            assertThat(table(workbook.getSheet("Leverage"), "CoverageBuckets").getArea().formatAsString()).isEqualTo("A6:A11");
            assertThat(table(workbook.getSheet("Companies"), "Companies").getArea().formatAsString()).isEqualTo("A1:AD2");
            assertThat(table(workbook.getSheet("Screens"), "QualitySmallCaps").getArea().formatAsString()).isEqualTo("A2:P3");
            assertThat(table(workbook.getSheet("Screens"), "RefinancingRisk").getArea().formatAsString()).isEqualTo("A6:P7");
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

    /** Each conditional-formatting rule as "range formula". */
    private static List<String> rules(XSSFSheet sheet) {
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
            XSSFConditionalFormatting cf = formatting.getConditionalFormattingAt(i);
            String range = Arrays.stream(cf.getFormattingRanges()).map(CellRangeAddress::formatAsString)
                    .collect(Collectors.joining(","));
            for (int r = 0; r < cf.getNumberOfRules(); r++) {
                rules.add(range + " " + cf.getRule(r).getFormula1());
            }
        }
        return rules;
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
