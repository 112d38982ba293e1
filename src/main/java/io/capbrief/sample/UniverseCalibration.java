package io.capbrief.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToDoubleFunction;

import io.capbrief.sample.SampleCompany.Filing;
import io.capbrief.sample.SampleCompany.Flow;
import io.capbrief.sample.SampleCompany.Profile;

/**
 * Scales the drawn profiles so the index aggregates of METRICS.md section 5 hit their targets at W exactly,
 * computed the way the briefing will: TTM from the filings known at W, weights and prices as printed.
 */
final class UniverseCalibration {

    /** The factors applied, for the record: interest (and debt) of profitable borrowers, their debt, every borrower's cash. */
    record Leverage(double interestFactor, double debtFactor, double cashFactor) {
    }

    private UniverseCalibration() {
    }

    /**
     * Sets interest coverage (sum EBIT / sum interest), the effective interest rate (sum interest / sum total debt)
     * and net debt / EBITDA (sum net debt / sum EBITDA) over the non-financial constituents at W: the profitable
     * borrowers' interest and then their debt are scaled, zombies and loss-makers keeping the numbers that make
     * them what they are, and every borrower's cash, which sets how much of the debt is net. Total debt is the one
     * the briefing reads ({@link SampleCompany#debtAsRead}).
     */
    static Leverage leverage(List<SampleCompany> pool, int wIndex, LocalDate w, int firstQuarterlyYear,
                             double coverage, double effectiveRate, double netDebtToEbitda) {
        List<Known> known = pool.stream()
                .filter(c -> c.memberAt(wIndex) && !c.financialSector() && c.hasDebt)
                .map(c -> Known.of(c, w, firstQuarterlyYear))
                .filter(k -> k != null)
                .toList();
        double ebit = 0;
        double profitableInterest = 0;
        double otherInterest = 0;
        for (Known k : known) {
            ebit += k.ttm(Flow.EBIT);
            if (k.company.profile == Profile.PROFITABLE) {
                profitableInterest += k.ttm(Flow.INTEREST);
            } else {
                otherInterest += k.ttm(Flow.INTEREST);
            }
        }
        double interestFactor = (ebit / coverage - otherInterest) / profitableInterest;
        if (!(interestFactor > 0)) {
            throw new IllegalStateException("cannot reach coverage " + coverage + ": the others' interest is too high");
        }
        scaleProfitable(pool, interestFactor, true);

        double ebitda = 0;
        double cash = 0;
        double profitableDebt = 0;
        double otherDebt = 0;
        for (Known k : known) {
            ebitda += k.ttm(Flow.EBIT) + k.ttm(Flow.DA);
            cash += k.company.cash(k.filing.fy(), k.filing.quarter());
            double debt = k.company.debtAsRead(k.filing.fy(), k.filing.quarter());
            if (k.company.profile == Profile.PROFITABLE) {
                profitableDebt += debt;
            } else {
                otherDebt += debt;
            }
        }
        double debt = ebit / coverage / effectiveRate;
        double debtFactor = (debt - otherDebt) / profitableDebt;
        if (!(debtFactor > 0)) {
            throw new IllegalStateException("cannot reach an effective rate of " + effectiveRate + ": the others' debt is too high");
        }
        scaleProfitable(pool, debtFactor, false);
        double cashFactor = (debt - netDebtToEbitda * ebitda) / cash;
        if (!(cashFactor > 0)) {
            throw new IllegalStateException("cannot reach net debt / EBITDA " + netDebtToEbitda + " at an effective rate of "
                    + effectiveRate);
        }
        for (Known k : known) {
            k.company.cashRef *= cashFactor;
        }
        return new Leverage(interestFactor, debtFactor, cashFactor);
    }

    private static void scaleProfitable(List<SampleCompany> pool, double factor, boolean interestToo) {
        for (SampleCompany c : pool) {
            if (c.profile == Profile.PROFITABLE && c.hasDebt) {
                c.debtRef *= factor;
                if (interestToo) {
                    c.interestRef *= factor;
                }
            }
        }
    }

    /**
     * Sets every company's NTM EPS at W so that the index's forward P/E, 1 / sum(w_i * EPS_i / price_i) with
     * the weights renormalised over the constituents with an estimate, equals {@code forwardPe}.
     *
     * @return the scale applied to the drawn earnings yields
     */
    static double forwardEarnings(List<SampleCompany> pool, List<Holding> holdings, double forwardPe) {
        double scale = earningsScale(holdings, c -> c.earningsYield, forwardPe);
        if (Double.isNaN(scale)) {
            // only a tiny benchmark universe can have more losses than earnings; it keeps its drawn yields
            scale = 1;
        }
        for (SampleCompany c : pool) {
            c.ntmEpsW = scale * c.earningsYield * c.priceW;
        }
        return scale;
    }

    /**
     * The factor on every constituent's earnings yield (NTM EPS / price) that gives the index the forward P/E
     * {@code forwardPe} over {@code holdings}, weights renormalised over the constituents with an estimate; NaN
     * when their forward earnings are not positive, which no factor can mend.
     */
    static double earningsScale(List<Holding> holdings, ToDoubleFunction<SampleCompany> earningsYield, double forwardPe) {
        double weights = 0;
        double yield = 0;
        for (Holding h : holdings) {
            if (h.company() != null && !h.company().noEstimates) {
                weights += h.weight().doubleValue();
                yield += h.weight().doubleValue() * earningsYield.applyAsDouble(h.company());
            }
        }
        return yield > 0 ? weights / (forwardPe * yield) : Double.NaN;
    }

    /** What the briefing knows about a company at W: its latest filing, when the TTM figures are defined. */
    private record Known(SampleCompany company, Filing filing) {

        static Known of(SampleCompany c, LocalDate w, int firstQuarterlyYear) {
            Filing latest = c.latestFiling(c.filings(firstQuarterlyYear), w);
            // a 10-Q makes a TTM only with the prior 10-K beside it (METRICS.md 3, rule 2)
            if (latest == null || (!latest.annual() && latest.fy() - 1 < c.firstFiscalYear)) {
                return null;
            }
            return new Known(c, latest);
        }

        double ttm(Flow flow) {
            return company.trailing(flow, filing.fy(), filing.quarter());
        }
    }
}
