package io.capbrief.sample;

import java.time.LocalDate;
import java.util.List;

import io.capbrief.sample.SampleCompany.Filing;
import io.capbrief.sample.SampleCompany.Flow;
import io.capbrief.sample.SampleCompany.Profile;

/**
 * Scales the drawn profiles so the index aggregates of METRICS.md section 5 hit their targets at W exactly,
 * computed the way the briefing will: TTM from the filings known at W, weights and prices as printed.
 */
final class UniverseCalibration {

    /** The factors applied, for the record: interest (and debt) of profitable borrowers, then their debt alone. */
    record Leverage(double interestFactor, double debtFactor) {
    }

    private UniverseCalibration() {
    }

    /**
     * Sets interest coverage (sum EBIT / sum interest) and net debt / EBITDA (sum net debt / sum EBITDA) over
     * the non-financial constituents at W by scaling the profitable borrowers: zombies and loss-makers keep
     * the numbers that make them what they are.
     */
    static Leverage leverage(List<SampleCompany> pool, int wIndex, LocalDate w, int firstQuarterlyYear,
                             double coverage, double netDebtToEbitda) {
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
            double debt = k.company.debt(k.filing.fy(), k.filing.quarter());
            if (k.company.profile == Profile.PROFITABLE) {
                profitableDebt += debt;
            } else {
                otherDebt += debt;
            }
        }
        double debtFactor = (netDebtToEbitda * ebitda + cash - otherDebt) / profitableDebt;
        if (!(debtFactor > 0)) {
            throw new IllegalStateException("cannot reach net debt / EBITDA " + netDebtToEbitda);
        }
        scaleProfitable(pool, debtFactor, false);
        return new Leverage(interestFactor, debtFactor);
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
        double weights = 0;
        double yield = 0;
        for (Holding h : holdings) {
            if (h.company() != null && !h.company().noEstimates) {
                weights += h.weight().doubleValue();
                yield += h.weight().doubleValue() * h.company().earningsYield;
            }
        }
        double scale = weights / (forwardPe * yield);
        for (SampleCompany c : pool) {
            c.ntmEpsW = scale * c.earningsYield * c.priceW;
        }
        return scale;
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
