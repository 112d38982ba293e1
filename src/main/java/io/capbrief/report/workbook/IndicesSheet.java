package io.capbrief.report.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.capbrief.report.Briefing.Close;
import io.capbrief.report.Briefing.IndexSummary;
import io.capbrief.report.Briefing;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Daily closes of the indices side by side (table {@code IndexCloses}), rebased to 100, with a native line chart. */
final class IndicesSheet implements WorkbookSheet {

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

    private static void chart(XSSFSheet sheet, List<IndexSummary> indices, int rows, int firstRebasedColumn,
            int chartColumn) {
        List<WorkbookLineChart.Line> lines = new ArrayList<>();
        for (int i = 0; i < indices.size(); i++) {
            lines.add(new WorkbookLineChart.Line(indices.get(i).label(), firstRebasedColumn + i, indices.get(i).code()));
        }
        WorkbookLineChart.draw(sheet, "Indices rebased to 100",
                new WorkbookLineChart.Axes("Date", "mmm yyyy", "Rebased (first day = 100)", "0"), 1, rows, 0, lines,
                chartColumn);
    }
}
