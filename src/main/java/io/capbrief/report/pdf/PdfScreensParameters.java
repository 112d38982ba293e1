package io.capbrief.report.pdf;

import java.util.List;
import java.util.Map;

import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.report.Briefing.CompanyRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.DisplayFormat;
import io.capbrief.report.ScreenRules;

/** The screens page's parameters: the first 25 companies of each screen and what each screen asks. */
final class PdfScreensParameters {

    static final int TOP = 25;

    private PdfScreensParameters() {}

    static void put(Briefing b, Map<String, Object> p) {
        List<CompanyRow> quality = b.valuation().qualitySmallCaps();
        List<CompanyRow> refinancing = b.valuation().refinancingRisk();
        p.put("QUALITY_HEADING", heading("Quality small caps", quality.size()));
        ScreenThresholds t = b.valuation().screenThresholds();
        p.put("QUALITY_RULE", ScreenRules.quality(t));
        p.put("QUALITY_ROWS", top(quality));
        p.put("REFINANCING_HEADING", heading("Refinancing risk", refinancing.size()));
        p.put("REFINANCING_RULE", ScreenRules.refinancing(t));
        p.put("REFINANCING_ROWS", top(refinancing));
    }

    static String heading(String screen, int companies) {
        if (companies <= TOP) {
            return screen + " \u2014 " + companies + (companies == 1 ? " company" : " companies");
        }
        return screen + " \u2014 top " + TOP + " of " + DisplayFormat.count(companies) + " companies";
    }

    private static List<PdfCompanyRow> top(List<CompanyRow> screen) {
        return screen.stream().limit(TOP).map(PdfCompanyRow::of).toList();
    }
}
