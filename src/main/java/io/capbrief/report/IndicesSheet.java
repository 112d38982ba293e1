package io.capbrief.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDateAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import io.capbrief.report.Briefing.Close;
import io.capbrief.report.Briefing.IndexSummary;

/** Daily closes of the indices side by side (table {@code IndexCloses}), rebased to 100, with a native line chart. */
final class IndicesSheet implements WorkbookSheet {

    private static final byte[][] SERIES_COLORS = {
        {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}, {(byte) 0xC0, (byte) 0x50, (byte) 0x4D}, {(byte) 0x70, (byte) 0xAD, (byte) 0x47},
        {(byte) 0x7F, (byte) 0x60, (byte) 0x84}, {(byte) 0xF7, (byte) 0x96, (byte) 0x46}};

    @Override
    public String name() {
        return "Indices";
    }

    @Override
    public void fill(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {
        List<IndexSummary> indices = briefing.indices();
        Map<String, Map<LocalDate, Double>> closes = closesByIndex(briefing.closes());
        List<LocalDate> dates = List.copyOf(new TreeSet<>(indices.stream()
                .flatMap(index -> closes.getOrDefault(index.code(), Map.of()).keySet().stream()).toList()));

        WorkbookTable<LocalDate> table = new WorkbookTable<LocalDate>("IndexCloses")
                .column("Date", WorkbookFormat.DATE, date -> date);
        for (IndexSummary index : indices) {
            Map<LocalDate, Double> byDate = closes.getOrDefault(index.code(), Map.of());
            table.column(index.label(), WorkbookFormat.LEVEL, byDate::get);
        }
        for (IndexSummary index : indices) {
            Map<LocalDate, Double> byDate = closes.getOrDefault(index.code(), Map.of());
            Double base = byDate.isEmpty() ? null : byDate.values().iterator().next();
            table.column(index.label() + " rebased", WorkbookFormat.LEVEL,
                    date -> byDate.containsKey(date) ? byDate.get(date) / base * 100 : null);
        }
        table.write(sheet, 0, 0, dates, styles);
        sheet.createFreezePane(1, 1);

        if (!dates.isEmpty() && !indices.isEmpty()) {
            chart(sheet, indices, dates.size(), 1 + indices.size(), 2 + 2 * indices.size());
        }
    }

    /** Oldest first per index, so the first value is the base of the rebased series. */
    private static Map<String, Map<LocalDate, Double>> closesByIndex(List<Close> closes) {
        Map<String, Map<LocalDate, Double>> byIndex = new HashMap<>();
        for (Close close : closes) {
            byIndex.computeIfAbsent(close.index(), code -> new TreeMap<>()).put(close.date(), close.close());
        }
        return byIndex;
    }

    /** Explicit colours: LibreOffice draws series without a line style invisibly, and PMs learn the colours. */
    private static XDDFShapeProperties line(byte[] rgb) {
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        line.setWidth(1.5);
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setLineProperties(line);
        return properties;
    }

    private static void chart(XSSFSheet sheet, List<IndexSummary> indices, int rows, int firstRebasedColumn,
            int chartColumn) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, chartColumn, 1, chartColumn + 12, 26));
        chart.setTitleText("Indices rebased to 100");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        // a date axis spaces the points by calendar time, so holidays and weekends do not distort it
        XDDFDateAxis dateAxis = chart.createDateAxis(AxisPosition.BOTTOM);
        dateAxis.setTitle("Date");
        dateAxis.setNumberFormat("mmm yyyy");
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setTitle("Rebased (first day = 100)");
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setNumberFormat("0");

        XDDFNumericalDataSource<Double> dates =
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, rows, 0, 0));
        dates.setFormatCode(WorkbookFormat.DATE.pattern());
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, dateAxis, valueAxis);
        for (int i = 0; i < indices.size(); i++) {
            int column = firstRebasedColumn + i;
            XDDFNumericalDataSource<Double> values =
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, rows, column, column));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(dates, values);
            series.setTitle(indices.get(i).label(), null);
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.NONE);
            series.setShapeProperties(line(SERIES_COLORS[i % SERIES_COLORS.length]));
        }
        chart.plot(data);
        // without these, Excel shows the cells' own formats (2024-11-22, 100.00) on the axes
        chart.getCTChart().getPlotArea().getDateAxArray(0).getNumFmt().setSourceLinked(false);
        chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
        // Excel draws rounded chart corners unless told otherwise
        chart.getCTChartSpace().addNewRoundedCorners().setVal(false);
        // a day one index did not trade is bridged rather than drawn as a break in its line
        chart.displayBlanksAs(DisplayBlanks.SPAN);
    }
}
