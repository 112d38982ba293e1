package io.capbrief.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes consensus EPS files, {@code ticker,as_of,fiscal_year_end,fy1_eps,fy2_eps,ntm_eps,analysts}, one per
 * as-of date, for the index members of that date; some rows leave {@code ntm_eps} empty so readers blend
 * FY1 and FY2, and the file dated W carries two unreadable rows.
 */
final class EstimatesWriter {

    static final String HEADER = "ticker,as_of,fiscal_year_end,fy1_eps,fy2_eps,ntm_eps,analysts";
    /** FY2 is FY1 plus this share of the NTM figure's size: analysts expect growth, or a narrower loss. */
    private static final double FY2_STEP = 0.12;

    private final SampleUniverse universe;
    private final List<SampleCompany> broken;

    EstimatesWriter(SampleUniverse universe) {
        this.universe = universe;
        // the bad rows belong to companies with no estimate at all, so no figure depends on them
        this.broken = universe.small().stream().filter(c -> c.noEstimates && c.memberAt(universe.dates().wIndex()))
                .sorted(Comparator.comparing(c -> c.ticker)).limit(2).toList();
    }

    String csv(LocalDate asOf) {
        int j = universe.dates().gridIndexOf(asOf);
        List<String> rows = new ArrayList<>();
        for (SampleCompany c : universe.companies()) {
            if (c.memberAt(j) && !c.noEstimates) {
                rows.add(row(c, asOf));
            }
        }
        if (asOf.equals(SampleUniverse.W)) {
            rows.add(broken.get(0).ticker + ",2024-11-31," + broken.get(0).fiscalYearEnd(2024) + ",0.85,0.97,0.90,4");
            rows.add(broken.get(1).ticker + "," + asOf + "," + broken.get(1).fiscalYearEnd(2024) + ",n/a,1.10,,3");
        }
        rows.sort(Comparator.naturalOrder());
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        rows.forEach(r -> out.append(r).append('\n'));
        return out.toString();
    }

    String readme() {
        return "Synthetic consensus EPS (capbrief sample), one file per month-end Friday 2015-2024 plus 2024-11-22.\n"
                + "A few companies never have an estimate. Rows with an empty ntm_eps are meant to be blended from\n"
                + "fy1_eps and fy2_eps (METRICS.md 4). Two deliberately unreadable rows, in consensus_" + SampleUniverse.W + ".csv:\n"
                + "- " + broken.get(0).ticker + ": as_of '2024-11-31' is not a date\n"
                + "- " + broken.get(1).ticker + ": fy1_eps 'n/a' is not a number\n";
    }

    private static String row(SampleCompany c, LocalDate asOf) {
        double ntm = ntm(c, asOf);
        LocalDate fy1End = c.fiscalYearEnd(c.fiscalYearOf(asOf));
        double a = Math.max(0, Math.min(1, ChronoUnit.DAYS.between(asOf, fy1End) / 365.25));
        // chosen so that a * FY1 + (1 - a) * FY2 is the NTM figure on the as-of date
        double step = FY2_STEP * Math.abs(ntm);
        double fy1 = ntm - (1 - a) * step;
        double fy2 = fy1 + step;
        return c.ticker + ',' + asOf + ',' + fy1End + ',' + eps(fy1) + ',' + eps(fy2) + ','
                + (c.blendOnly ? "" : eps(ntm)) + ',' + c.analysts;
    }

    /** NTM EPS on a date: W's calibrated figure, earlier ones drifting back with growth and monthly revisions. */
    private static double ntm(SampleCompany c, LocalDate asOf) {
        if (asOf.equals(SampleUniverse.W)) {
            return c.ntmEpsW;
        }
        double years = ChronoUnit.DAYS.between(SampleUniverse.W, asOf) / 365.25;
        double revision = new Random(c.cik * 7919 + asOf.toEpochDay()).nextGaussian();
        double drift = c.ntmEpsW > 0 ? 0.08 * years : -0.10 * years;
        return c.ntmEpsW * StrictMath.exp(drift) * (1 + 0.05 * Math.max(-2, Math.min(2, revision)));
    }

    private static String eps(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
