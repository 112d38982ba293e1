package io.capbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.model.IndexCode;

import org.junit.jupiter.api.Test;

/** The sanity limits of METRICS.md section 9: what holds a week back from the distribution lists. */
class SanityCheckTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);

    @Test
    void anOrdinaryWeekPassesEveryLimit() {
        // the Russell 2000 up 4.5% to 2406.67 on the 22nd, DGS10 of the 21st; P/E 28.0 after 26.0 (+7.7%), coverage 95% after 96%
        WeeklyFigures week = week(index(WEEK, 0.045), rate(WEEK.minusDays(1)), Map.of("RUSSELL_2000.fwd_pe", 28.0,
                "RUSSELL_2000.coverage.fwd_pe", 0.95));

        assertThat(SanityCheck.reasons(week, Map.of("RUSSELL_2000.fwd_pe", 26.0, "RUSSELL_2000.coverage.fwd_pe", 0.96),
                HoldLimits.DEFAULTS)).isEmpty();
    }

    @Test
    void aWeeklyMoveBeyondFifteenPerCentHoldsTheWeekEvenWithoutAPreviousIssue() {
        WeeklyFigures week = week(index(WEEK, -0.182), rate(WEEK), Map.of());

        assertThat(SanityCheck.reasons(week, null, HoldLimits.DEFAULTS))
                .containsExactly("Russell 2000 close moved -18.2% in the week (limit 15%)");
    }

    @Test
    void anIndexOrRateLastObservedMoreThanSevenDaysBeforeTheWeekHoldsIt() {
        // a fetch that failed left the copy of 2024-11-14 (8 days); the close of the 15th (7 days) is still fresh
        WeeklyFigures week = week(index(LocalDate.of(2024, 11, 15), 0.01), rate(LocalDate.of(2024, 11, 14)), Map.of());

        assertThat(SanityCheck.reasons(week, null, HoldLimits.DEFAULTS))
                .containsExactly("DGS10: latest observation 2024-11-14, 8 days before the week (limit 7)");
    }

    @Test
    void aForwardPeOrACoverageThatMovedTooFarFromThePreviousIssuedWeekHoldsIt() {
        // P/E 28.0 after 21.0: +33%; coverage of net debt / EBITDA 0.70 after 0.95: 25 points down; of fwd_pe 0.75 after 0.95: exactly 20
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("RUSSELL_2000.fwd_pe", 28.0);
        figures.put("RUSSELL_2000.coverage.fwd_pe", 0.75);
        figures.put("RUSSELL_2000.coverage.net_debt_ebitda", 0.70);
        WeeklyFigures week = week(index(WEEK, 0.02), rate(WEEK), figures);
        Map<String, Double> previous = Map.of("RUSSELL_2000.fwd_pe", 21.0, "RUSSELL_2000.coverage.fwd_pe", 0.95,
                "RUSSELL_2000.coverage.net_debt_ebitda", 0.95);

        assertThat(SanityCheck.reasons(week, previous, HoldLimits.DEFAULTS)).containsExactly(
                "Russell 2000 forward P/E 28.0x against 21.0x the week before (+33%, limit 25%)",
                "Russell 2000 coverage of net_debt_ebitda fell 25 points, from 95% to 70% (limit 20)");
        // without an issued week before (the first week, or after a gap) only the absolute limits count
        assertThat(SanityCheck.reasons(week, null, HoldLimits.DEFAULTS)).isEmpty();
    }

    @Test
    void theLimitsAreConfiguration() {
        WeeklyFigures week = week(index(WEEK, 0.12), rate(WEEK), Map.of());

        assertThat(SanityCheck.reasons(week, null, new HoldLimits(0.10, 0.25, 0.20, 7, true)))
                .containsExactly("Russell 2000 close moved +12.0% in the week (limit 10%)");
        assertThat(SanityCheck.reasons(week(index(WEEK, 0.5), rate(WEEK), Map.of()), null, new HoldLimits(0.10, 0.25, 0.20, 7, false)))
                .isEmpty();
    }

    private static IndexPerformance index(LocalDate closeDate, double return1w) {
        return new IndexPerformance(closeDate, 2406.67, return1w, null, null, null, Map.of(), null, null, null, null);
    }

    private static RateLevel rate(LocalDate asOf) {
        return new RateLevel("DGS10", asOf, 4.42, null, Map.of(), null);
    }

    private static WeeklyFigures week(IndexPerformance smallCaps, RateLevel dgs10, Map<String, Double> figures) {
        return new WeeklyFigures(WEEK, List.of(), Map.of(IndexCode.RUSSELL_2000, smallCaps), Map.of("DGS10", dgs10), null, figures);
    }
}
