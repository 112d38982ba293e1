package io.capbrief.report;

import java.util.List;
import java.util.Map;

import io.capbrief.report.Briefing.CompanyRow;

/** The screens page's parameters: the first 25 companies of each screen and what each screen asks. */
final class PdfScreensParameters {

    static final int TOP = 25;

    /** METRICS.md section 6 with its default thresholds (capbrief.metrics.screens.*). */
    static final String QUALITY_RULE = "Russell 2000 companies with TTM net income > 0, net debt / EBITDA < 1.0x "
            + "(or net cash), interest coverage > 5.0x (or no interest expense) and a forward P/E; cheapest forward P/E first.";
    static final String REFINANCING_RULE = "Russell 2000 companies with interest coverage < 1.5x, or net debt / EBITDA > 5.0x, "
            + "or near-term maturities (due within two years) > 25% of total debt; lowest rate-shock coverage first.";

    private PdfScreensParameters() {}

    static void put(Briefing b, Map<String, Object> p) {
        List<CompanyRow> quality = b.valuation().qualitySmallCaps();
        List<CompanyRow> refinancing = b.valuation().refinancingRisk();
        p.put("QUALITY_HEADING", heading("Quality small caps", quality.size()));
        p.put("QUALITY_RULE", QUALITY_RULE);
        p.put("QUALITY_ROWS", top(quality));
        p.put("REFINANCING_HEADING", heading("Refinancing risk", refinancing.size()));
        p.put("REFINANCING_RULE", REFINANCING_RULE);
        p.put("REFINANCING_ROWS", top(refinancing));
    }

    static String heading(String screen, int companies) {
        if (companies <= TOP) {
            return screen + " \u2014 " + companies + (companies == 1 ? " company" : " companies");
        }
        return screen + " \u2014 top " + TOP + " of " + String.format(java.util.Locale.US, "%,d", companies) + " companies";
    }

    private static List<PdfCompanyRow> top(List<CompanyRow> screen) {
        return screen.stream().limit(TOP).map(PdfCompanyRow::of).toList();
    }
}
