package io.capbrief.report.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.report.Briefing.Event;
import io.capbrief.report.Briefing.IndexSummary;
import io.capbrief.report.Briefing.RateSummary;
import io.capbrief.report.Briefing;
import io.capbrief.report.DisplayFormat;

import net.sf.jasperreports.charts.renderers.JCommonDrawableRendererImpl;

/**
 * The report parameters of one briefing: every figure already formatted by {@link DisplayFormat},
 * so the templates only place text and never round.
 */
public final class PdfBriefingParameters {

    private PdfBriefingParameters() {}

    public static Map<String, Object> of(Briefing b) {
        Map<String, Object> p = new HashMap<>();
        p.put("WEEK", b.week().toString());
        p.put("VERSION", b.version());
        p.put("KEY_FIGURES_COLUMNS", keyFigureColumns(b));
        p.put("KEY_FIGURES_ROWS", b.indices().stream().map(i -> keyFigures(b, i)).toList());
        p.put("RATES_COLUMNS", List.of("Level", "1 week", "YTD"));
        p.put("RATES_ROWS", b.rates().stream().map(PdfBriefingParameters::rate).toList());
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

    private static List<String> keyFigureColumns(Briefing b) {
        List<String> columns = new ArrayList<>(List.of("Close", "1 week"));
        b.events().forEach(e -> columns.add("Since " + e.label()));
        columns.addAll(List.of("YTD", "Off record high", "Fwd P/E"));
        return columns;
    }

    private static PdfTableRow keyFigures(Briefing b, IndexSummary i) {
        List<String> cells = new ArrayList<>(List.of(DisplayFormat.level(i.close()), DisplayFormat.signedPercent(i.return1w())));
        b.events().forEach(e -> cells.add(DisplayFormat.signedPercent(i.eventReturns().get(e.id()))));
        cells.add(DisplayFormat.signedPercent(i.returnYtd()));
        cells.add(DisplayFormat.signedPercent(i.offHigh()));
        cells.add(DisplayFormat.multiple(i.forwardPe()));
        return new PdfTableRow(i.label(), cells);
    }

    private static PdfTableRow rate(RateSummary r) {
        return new PdfTableRow(r.label(), List.of(DisplayFormat.yield(r.level()), DisplayFormat.basisPoints(r.change1wBp()),
                DisplayFormat.basisPoints(r.changeYtdBp())));
    }

    private static List<String> returnColumns(Briefing b) {
        List<String> columns = new ArrayList<>(List.of("1 week", "MTD", "QTD", "YTD"));
        b.events().stream().map(Event::label).forEach(label -> columns.add("Since " + label));
        columns.addAll(List.of("Off record high", "52-week high", "52-week low"));
        return columns;
    }

    private static PdfTableRow returns(Briefing b, IndexSummary i) {
        List<String> cells = new ArrayList<>();
        for (Double r : new Double[] {i.return1w(), i.returnMtd(), i.returnQtd(), i.returnYtd()}) {
            cells.add(DisplayFormat.signedPercent(r));
        }
        b.events().forEach(e -> cells.add(DisplayFormat.signedPercent(i.eventReturns().get(e.id()))));
        cells.add(DisplayFormat.signedPercent(i.offHigh()));
        cells.add(DisplayFormat.level(i.high52w()));
        cells.add(DisplayFormat.level(i.low52w()));
        return new PdfTableRow(i.label(), cells);
    }
}
