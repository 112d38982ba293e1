package io.capbrief.report.workbook;

import java.util.List;

import javax.xml.namespace.QName;

import io.capbrief.report.SeriesColours;

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
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFDateAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDateAx;

/** A native Excel line chart over date-indexed columns of a sheet, drawn the same way on every sheet that has one. */
final class WorkbookLineChart {

    /**
     * One line: its legend title, the sheet column holding its values, and the index it draws, whose colour it takes.
     */
    record Line(String title, int column, String index) {}

    /** Titles and number formats of the date axis and the value axis. */
    record Axes(String dateTitle, String dateFormat, String valueTitle, String valueFormat) {}

    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private WorkbookLineChart() {}

    /**
     * Draws the chart to the right of the data, anchored at {@code anchorColumn}.
     *
     * @param firstRow the first data row (0-based), the dates in {@code dateColumn}
     */
    static XSSFChart draw(XSSFSheet sheet, String title, Axes axes, int firstRow, int lastRow, int dateColumn,
            List<Line> lines, int anchorColumn) {
        return draw(sheet, title, axes, firstRow, lastRow, dateColumn, lines, anchorColumn, 1);
    }

    /** As {@link #draw(XSSFSheet, String, Axes, int, int, int, List, int)}, its top left corner at {@code anchorRow}. */
    static XSSFChart draw(XSSFSheet sheet, String title, Axes axes, int firstRow, int lastRow, int dateColumn,
            List<Line> lines, int anchorColumn, int anchorRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(
                drawing.createAnchor(0, 0, 0, 0, anchorColumn, anchorRow, anchorColumn + 12, anchorRow + 25));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        // a date axis spaces the points by calendar time, so holidays and weekends do not distort it
        XDDFDateAxis dateAxis = chart.createDateAxis(AxisPosition.BOTTOM);
        dateAxis.setTitle(axes.dateTitle());
        dateAxis.setNumberFormat(axes.dateFormat());
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setTitle(axes.valueTitle());
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setNumberFormat(axes.valueFormat());

        XDDFNumericalDataSource<Double> dates = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, dateColumn, dateColumn));
        dates.setFormatCode(WorkbookFormat.DATE.pattern());
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, dateAxis, valueAxis);
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).column();
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, column, column));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(dates, values);
            series.setTitle(lines.get(i).title(), null);
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.NONE);
            series.setShapeProperties(line(SeriesColours.rgb(lines.get(i).index())));
        }
        chart.plot(data);
        // without these, Excel shows the cells' own formats (2024-11-22, 100.00) on the axes
        chart.getCTChart().getPlotArea().getDateAxArray(0).getNumFmt().setSourceLinked(false);
        chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
        // Excel draws rounded chart corners unless told otherwise
        chart.getCTChartSpace().addNewRoundedCorners().setVal(false);
        // a missing point is bridged rather than drawn as a break in its line
        chart.displayBlanksAs(DisplayBlanks.SPAN);
        return chart;
    }

    /**
     * One tick a year on the date axis, the points placed by month: over ten years of month-ends a reader wants the
     * years, not a label every few months. The ticks fall on the first point's month (December each year for a
     * history from December), so the label should name the month too.
     */
    static void yearTicks(XSSFChart chart) {
        CTDateAx axis = chart.getCTChart().getPlotArea().getDateAxArray(0);
        new XDDFDateAxis(axis).setMajorUnit(1);
        // the time-unit types are not in poi-ooxml-lite, so their elements go in by cursor, in the schema's order:
        // baseTimeUnit, majorUnit, majorTimeUnit
        try (XmlCursor before = axis.getMajorUnit().newCursor()) {
            timeUnit(before, "baseTimeUnit", "months");
        }
        try (XmlCursor after = axis.getMajorUnit().newCursor()) {
            after.toEndToken();
            after.toNextToken();
            timeUnit(after, "majorTimeUnit", "years");
        }
    }

    private static void timeUnit(XmlCursor cursor, String element, String unit) {
        cursor.beginElement(new QName(CHART_NAMESPACE, element, "c"));
        cursor.insertAttributeWithValue("val", unit);
    }

    /** Explicit colours: LibreOffice draws series without a line style invisibly, and PMs learn the colours. */
    private static XDDFShapeProperties line(int rgb) {
        byte[] bytes = {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(bytes)));
        line.setWidth(1.5);
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setLineProperties(line);
        return properties;
    }
}
