package io.capbrief.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes consensus EPS files, {@code ticker,as_of,fiscal_year_end,fy1_eps,fy2_eps,ntm_eps,analysts}, one per
 * as-of date, for the index members of that date; some rows leave {@code ntm_eps} empty so readers blend
 * FY1 and FY2, and the file dated W carries two unreadable rows. On every as-of date before and after W the
 * NTM figures are scaled so that each index's forward P/E, at that date's holdings and closes, is the one
 * {@link ForwardPePath} gives.
 */
final class EstimatesWriter {

    static final String HEADER = "ticker,as_of,fiscal_year_end,fy1_eps,fy2_eps,ntm_eps,analysts";
    /** FY2 is FY1 plus this share of the NTM figure's size: analysts expect growth, or a narrower loss. */
    private static final double FY2_STEP = 0.12;
    /** A company's own revisions: a walk in log NTM EPS with this volatility per square root of a year. */
    private static final double REVISION_VOL = 0.10;
    /** The share of its own price walk (apart from its index) that a company's earnings follow; the rest is re-rating. */
    private static final double PRICE_FOLLOWING = 0.5;

    private final SampleUniverse universe;
    private final List<SampleCompany> broken;
    private final List<LocalDate> asOfDates;
    /** Each company's NTM EPS, indexed like {@link #asOfDates}. */
    private final Map<SampleCompany, double[]> ntm = new IdentityHashMap<>();

    EstimatesWriter(SampleUniverse universe) {
        this.universe = universe;
        // the bad rows belong to companies with no estimate at all, so no figure depends on them
        this.broken = universe.small().stream().filter(c -> c.noEstimates && c.memberAt(universe.dates().wIndex()))
                .sorted(Comparator.comparing(c -> c.ticker)).limit(2).toList();
        this.asOfDates = universe.dates().estimateDates();
        for (SampleCompany c : universe.companies()) {
            ntm.put(c, drawn(c));
        }
        ForwardPePath small = new ForwardPePath(MarketPaths.rut(), SampleHistory.RUT_FORWARD_PE);
        ForwardPePath large = new ForwardPePath(MarketPaths.sp500(), SampleHistory.SP500_FORWARD_PE);
        int w = asOfDates.indexOf(SampleUniverse.W);
        double[] previous = {1, 1};
        for (int e = w - 1; e >= 0; e--) {
            calibrate(e, small, large, previous);
        }
        previous[0] = 1;
        previous[1] = 1;
        for (int e = w + 1; e < asOfDates.size(); e++) {
            calibrate(e, small, large, previous);
        }
    }

    String csv(LocalDate asOf) {
        int e = asOfDates.indexOf(asOf);
        int j = universe.dates().gridIndexOf(asOf);
        List<String> rows = new ArrayList<>();
        for (SampleCompany c : universe.companies()) {
            if (c.memberAt(j) && !c.noEstimates) {
                rows.add(row(c, asOf, ntm.get(c)[e]));
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
        return "Synthetic consensus EPS (capbrief sample), one file per quarter-end Friday 2015-2021 and month-end\n"
                + "Friday 2022-2024, plus 2024-11-22; each file is calibrated so that the index forward P/E on its date\n"
                + "follows a plausible 2015-2024 path. A few companies never have an estimate. Rows with an empty\n"
                + "ntm_eps are meant to be blended from fy1_eps and fy2_eps (METRICS.md 4). Two deliberately unreadable\n"
                + "rows, in consensus_" + SampleUniverse.W + ".csv:\n"
                + "- " + broken.get(0).ticker + ": as_of '2024-11-31' is not a date\n"
                + "- " + broken.get(1).ticker + ": fy1_eps 'n/a' is not a number\n";
    }

    /**
     * W's calibrated NTM EPS times the company's own revisions: a walk from W, and a share of its price walk apart
     * from its index, so that a company whose shares fell on its own news earned less too.
     */
    private double[] drawn(SampleCompany c) {
        Random r = new Random(c.cik * 7919 + 1);
        SampleDates dates = universe.dates();
        SyntheticPath index = c.largeCap ? MarketPaths.sp500() : MarketPaths.rut();
        int w = asOfDates.indexOf(SampleUniverse.W);
        double[] walk = new double[asOfDates.size()];
        for (int e = w - 1; e >= 0; e--) {
            walk[e] = walk[e + 1] + revision(r, asOfDates.get(e), asOfDates.get(e + 1));
        }
        for (int e = w + 1; e < asOfDates.size(); e++) {
            walk[e] = walk[e - 1] + revision(r, asOfDates.get(e - 1), asOfDates.get(e));
        }
        double[] eps = new double[asOfDates.size()];
        for (int e = 0; e < eps.length; e++) {
            int k = Math.max(0, dates.closeIndexOf(asOfDates.get(e)));
            LocalDate day = dates.closeDates().get(k);
            double own = universe.closeOn(c, k).doubleValue() / (c.priceW * MarketPaths.ratioToW(index, day));
            eps[e] = e == w ? c.ntmEpsW : c.ntmEpsW * StrictMath.pow(own, PRICE_FOLLOWING) * StrictMath.exp(walk[e]);
        }
        return eps;
    }

    private static double revision(Random r, LocalDate from, LocalDate to) {
        return REVISION_VOL * StrictMath.sqrt(ChronoUnit.DAYS.between(from, to) / 365.25) * r.nextGaussian();
    }

    /**
     * Scales as-of date {@code e}'s NTM EPS of each index to its anchored forward P/E, with the holdings and closes
     * a briefing on that date reads (before the first holdings file, those of the first); where the drawn forward
     * earnings are not positive, the scale of the date nearer W is kept.
     */
    private void calibrate(int e, ForwardPePath small, ForwardPePath large, double[] previous) {
        SampleDates dates = universe.dates();
        int k = Math.max(0, dates.closeIndexOf(asOfDates.get(e)));
        LocalDate day = dates.closeDates().get(k);
        int j = dates.gridIndexOf(day);
        double[] scale = {
                UniverseCalibration.earningsScale(universe.ishares(j), c -> ntm.get(c)[e] / universe.closeOn(c, k).doubleValue(),
                        small.at(day)),
                UniverseCalibration.earningsScale(universe.spdr(j), c -> ntm.get(c)[e] / universe.closeOn(c, k).doubleValue(),
                        large.at(day))};
        for (int i = 0; i < 2; i++) {
            if (Double.isNaN(scale[i])) {
                scale[i] = previous[i];
            }
            previous[i] = scale[i];
        }
        for (SampleCompany c : universe.companies()) {
            ntm.get(c)[e] *= scale[c.largeCap ? 1 : 0];
        }
    }

    private static String row(SampleCompany c, LocalDate asOf, double ntm) {
        LocalDate fy1End = c.fiscalYearEnd(c.fiscalYearOf(asOf));
        double a = Math.max(0, Math.min(1, ChronoUnit.DAYS.between(asOf, fy1End) / 365.25));
        // chosen so that a * FY1 + (1 - a) * FY2 is the NTM figure on the as-of date
        double step = FY2_STEP * Math.abs(ntm);
        double fy1 = ntm - (1 - a) * step;
        double fy2 = fy1 + step;
        return c.ticker + ',' + asOf + ',' + fy1End + ',' + eps(fy1) + ',' + eps(fy2) + ','
                + (c.blendOnly ? "" : eps(ntm)) + ',' + c.analysts;
    }

    private static String eps(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
