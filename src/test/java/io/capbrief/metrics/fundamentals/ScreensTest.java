package io.capbrief.metrics.fundamentals;

import static io.capbrief.metrics.fundamentals.Members.member;
import static io.capbrief.metrics.fundamentals.Members.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScreensTest {

    // fwd P/E 30 / 2 = 15; net debt 100 - 60 = 40 over EBITDA 50 + 10 = 60 is 0.67; coverage 50 / 5 = 10
    private static final Constituent QUALITY = member("QUAL", "Industrials", 0.1, 30.0, 2.0,
            values(10.0, 50.0, 10.0, 5.0, 100.0, 60.0, null, null), List.of());
    // fwd P/E 20 / 2 = 10; no D&A so no leverage ratio, but net cash 10 - 50 = -40; no interest expense
    private static final Constituent NET_CASH = member("CASH", "Industrials", 0.1, 20.0, 2.0,
            values(5.0, 10.0, null, null, 10.0, 50.0, null, null), List.of());
    // net debt 400 / EBITDA 60 = 6.67: not quality, a refinancing risk; no interest, so no rate shock
    private static final Constituent LEVERED = member("LEVR", "Industrials", 0.1, 30.0, 2.0,
            values(10.0, 50.0, 10.0, null, 400.0, null, null, null), List.of());
    // coverage 50 / 12.5 = 4: not above 5
    private static final Constituent THIN = member("THIN", "Industrials", 0.1, 30.0, 2.0,
            values(10.0, 50.0, 10.0, 12.5, 50.0, null, null, null), List.of());
    // would qualify, but no estimate: no forward P/E
    private static final Constituent NO_ESTIMATE = member("NOPE", "Industrials", 0.1, 30.0, null,
            values(10.0, 50.0, 10.0, 5.0, 100.0, 60.0, null, null), List.of());
    // a loss
    private static final Constituent LOSS = member("LOSS", "Industrials", 0.1, 30.0, 2.0,
            values(-5.0, 50.0, 10.0, 5.0, 100.0, 60.0, null, null), List.of());
    // coverage 12 / 10 = 1.2; rate-shock coverage 12 / (10 + 0.0241 * 20) = 1.1448
    private static final Constituent WEAK = member("WEAK", "Industrials", 0.1, 30.0, 2.0,
            values(1.0, 12.0, 8.0, 10.0, 200.0, null, 20.0, null), List.of());
    // near-term maturities 30 / 100 = 0.3; rate-shock coverage 40 / (4 + 0.0341 * 30) = 7.9634
    private static final Constituent WALL = member("WALL", "Industrials", 0.1, 30.0, 2.0,
            values(1.0, 40.0, 10.0, 4.0, 100.0, null, 30.0, null), List.of());
    // exactly on every refinancing limit: coverage 15 / 10 = 1.5, leverage 100 / 20 = 5, maturities 25 / 100 = 0.25
    private static final Constituent EDGE = member("EDGE", "Industrials", 0.1, 30.0, 2.0,
            values(null, 15.0, 5.0, 10.0, 100.0, null, 25.0, null), List.of());

    private static final List<Constituent> ALL = List.of(QUALITY, NET_CASH, LEVERED, THIN, NO_ESTIMATE, LOSS, WEAK, WALL, EDGE);

    private final Screens screens = new Screens(ScreenThresholds.DEFAULTS);

    @Test
    void findsProfitableLowDebtWellCoveredCompaniesCheapestFirst() {
        assertThat(screens.qualitySmallCaps(ALL)).extracting(Constituent::ticker).containsExactly("CASH", "QUAL"); // 10, then 15
    }

    @Test
    void findsRefinancingRisksLeastRateShockCoverageFirstWithEmptiesLast() {
        assertThat(WEAK.metrics().rateShockCoverage()).isCloseTo(1.1448196908986835, within(1e-12));
        assertThat(WALL.metrics().rateShockCoverage()).isCloseTo(7.963368504877563, within(1e-12));

        assertThat(screens.refinancingRisk(ALL)).extracting(Constituent::ticker).containsExactly("WEAK", "WALL", "LEVR");
    }

    @Test
    void takesItsThresholdsFromConfiguration() {
        ScreenThresholds loose = new ScreenThresholds(7.0, 3.0, 1.5, 5.0, 0.25);

        // now THIN's coverage 4 passes (> 3), and LEVR's leverage 6.67 and WALL's 100 / 50 = 2 (< 7);
        // fwd P/E 10 first, then the 15s by ticker
        assertThat(new Screens(loose).qualitySmallCaps(ALL)).extracting(Constituent::ticker)
                .containsExactly("CASH", "LEVR", "QUAL", "THIN", "WALL");
    }
}
