package io.capbrief.report.workbook;

import java.util.List;

import io.capbrief.report.SeriesColours;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** A native Excel clustered column chart over labelled rows of a sheet, one series a column, in each index's colour. */
final class WorkbookBarChart {

    /** One series: its legend title, the sheet column holding its values, and the index whose colour it takes. */
    record Bars(String title, int column, String index) {}

    /** Where the chart sits: its top-left cell and its size in columns and rows. */
    record Anchor(int column, int row, int columns, int rows) {}

    private WorkbookBarChart() {}

    /**
     * @param firstRow the first data row (0-based), the category labels in {@code labelColumn}
     */
    static XSSFChart draw(XSSFSheet sheet, String title, String valueTitle, String valueFormat, int firstRow, int lastRow,
            int labelColumn, List<Bars> bars, Anchor anchor) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, anchor.column(), anchor.row(),
                anchor.column() + anchor.columns(), anchor.row() + anchor.rows()));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setTitle(valueTitle);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setNumberFormat(valueFormat);

        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, labelColumn, labelColumn));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        // one colour per series, not per bar: the colour says which index a bar is
        data.setVaryColors(false);
        for (Bars series : bars) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, series.column(), series.column()));
            XDDFBarChartData.Series added = (XDDFBarChartData.Series) data.addSeries(labels, values);
            added.setTitle(series.title(), null);
            added.setShapeProperties(fill(SeriesColours.rgb(series.index())));
        }
        chart.plot(data);
        // without this, Excel labels the axis in the cells' own format (0.0%) rather than the one set
        chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
        // Excel draws rounded chart corners unless told otherwise
        chart.getCTChartSpace().addNewRoundedCorners().setVal(false);
        return chart;
    }

    /** Explicit fills: LibreOffice and Excel would otherwise pick their own palettes, not the indices' colours. */
    private static XDDFShapeProperties fill(int rgb) {
        byte[] bytes = {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(bytes)));
        return properties;
    }
}
