package io.capbrief.report.pdf;

import java.util.List;
import java.util.Map;

import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.report.Briefing.CompanyRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.DisplayFormat;

/** The screens page's parameters: the first 25 companies of each screen and what each screen asks. */
final class PdfScreensParameters {

    static final int TOP = 25;

    private PdfScreensParameters() {}

    static void put(Briefing b, Map<String, Object> p) {
        List<CompanyRow> quality = b.valuation().qualitySmallCaps();
        List<CompanyRow> refinancing = b.valuation().refinancingRisk();
        p.put("QUALITY_HEADING", heading("Quality small caps", quality.size()));
        ScreenThresholds t = b.valuation().screenThresholds();
        p.put("QUALITY_RULE", qualityRule(t));
        p.put("QUALITY_ROWS", top(quality));
        p.put("REFINANCING_HEADING", heading("Refinancing risk", refinancing.size()));
        p.put("REFINANCING_RULE", refinancingRule(t));
        p.put("REFINANCING_ROWS", top(refinancing));
    }

    /** METRICS.md section 6 with the thresholds the screen applied. */
    static String qualityRule(ScreenThresholds t) {
        return "Russell 2000 companies with TTM net income > 0, net debt / EBITDA < "
                + DisplayFormat.multiple(t.qualityMaxNetDebtToEbitda()) + " (or net cash), interest coverage > "
                + DisplayFormat.multiple(t.qualityMinInterestCoverage())
                + " (or no interest expense) and a forward P/E; cheapest forward P/E first.";
    }

    static String refinancingRule(ScreenThresholds t) {
        return "Russell 2000 companies with interest coverage < " + DisplayFormat.multiple(t.refinancingMaxInterestCoverage())
                + ", or net debt / EBITDA > " + DisplayFormat.multiple(t.refinancingMinNetDebtToEbitda())
                + ", or near-term maturities (due within two years) > " + DisplayFormat.percent(t.refinancingMinNearTermMaturities())
                + " of total debt; lowest rate-shock coverage first.";
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
