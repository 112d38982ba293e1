package io.capbrief.report.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.metrics.IndexPerformance;
import io.capbrief.model.EventSpec;
import io.capbrief.report.Briefing.IndexSummary;
import io.capbrief.report.Briefing;
import io.capbrief.report.DisplayFormat;
import io.capbrief.report.KeyFigures;

import net.sf.jasperreports.charts.renderers.JCommonDrawableRendererImpl;

/**
 * The report parameters of one briefing: every figure already formatted by {@link DisplayFormat},
 * so the templates only place text and never round.
 */
final class PdfBriefingParameters {

    private PdfBriefingParameters() {}

    static Map<String, Object> of(Briefing b) {
        Map<String, Object> p = new HashMap<>();
        p.put("WEEK", b.week().toString());
        p.put("VERSION", b.version());
        p.put("SAMPLE_NOTE", b.sample() ? Briefing.SAMPLE_NOTE : null);
        p.put("KEY_FIGURES_COLUMNS", KeyFigures.headline(b.events()).stream().map(KeyFigures.Column::header).toList());
        p.put("KEY_FIGURES_ROWS", b.indices().stream().map(i -> new PdfTableRow(i.label(), KeyFigures.headlineCells(b, i))).toList());
        p.put("RATES_COLUMNS", KeyFigures.RATE_COLUMNS);
        p.put("RATES_ROWS", b.rates().stream().map(r -> new PdfTableRow(r.label(), KeyFigures.rateCells(r))).toList());
        p.put("SENTENCES", String.join(" ", b.sentences()));
        p.put("CORRECTION", b.correction().isEmpty() ? null : "\u2022 " + String.join("\n\u2022 ", b.correction()));
        p.put("PERFORMANCE_CHART", new JCommonDrawableRendererImpl(ChartRebasedIndices.create(b)));
        p.put("RETURNS_COLUMNS", returnColumns(b));
        p.put("RETURNS_ROWS", b.indices().stream().map(i -> returns(b, i)).toList());
        PdfValuationParameters.put(b, p);
        PdfLeverageParameters.put(b, p);
        PdfScreensParameters.put(b, p);
        PdfSectorsParameters.put(b, p);
        PdfDataNotesParameters.put(b, p);
        return p;
    }

    private static List<String> returnColumns(Briefing b) {
        List<String> columns = new ArrayList<>(List.of("1 week", "MTD", "QTD", "YTD"));
        b.events().stream().map(EventSpec::label).forEach(label -> columns.add("Since " + label));
        columns.addAll(List.of("Off record high", "52-week high", "52-week low"));
        return columns;
    }

    private static PdfTableRow returns(Briefing b, IndexSummary i) {
        IndexPerformance p = i.performance();
        List<String> cells = new ArrayList<>();
        for (Double r : new Double[] {p.return1w(), p.returnMtd(), p.returnQtd(), p.returnYtd()}) {
            cells.add(DisplayFormat.signedPercent(r));
        }
        b.events().forEach(e -> cells.add(DisplayFormat.signedPercent(p.eventReturns().get(e.id()))));
        cells.add(DisplayFormat.signedPercent(p.offHigh()));
        cells.add(DisplayFormat.level(p.high52w()));
        cells.add(DisplayFormat.level(p.low52w()));
        return new PdfTableRow(i.label(), cells);
    }
}
