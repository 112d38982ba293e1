package io.capbrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureDisplayTest {

    @Test
    void eachFigureNamePrintsInItsOwnUnit() {
        assertThat(FigureDisplay.format("RUSSELL_2000.return.ytd", 0.1872654)).isEqualTo("18.7%");
        assertThat(FigureDisplay.format("RUSSELL_2000.close", 2406.67)).isEqualTo("2,406.67");
        assertThat(FigureDisplay.format("RUSSELL_2000.high_52w", 2429.04)).isEqualTo("2,429.04");
        assertThat(FigureDisplay.format("RUSSELL_2000.off_high", -0.0147662)).isEqualTo("-1.5%");
        assertThat(FigureDisplay.format("RUSSELL_2000.fwd_pe", 28.0045)).isEqualTo("28.0x");
        assertThat(FigureDisplay.format("RELATIVE.fwd_pe", 1.2175)).isEqualTo("1.2x");
        assertThat(FigureDisplay.format("RUSSELL_2000.net_debt_ebitda", 2.9994)).isEqualTo("3.0x");
        assertThat(FigureDisplay.format("RUSSELL_2000.interest_coverage", 2.5)).isEqualTo("2.5x");
        assertThat(FigureDisplay.format("RUSSELL_2000.rate_shock_coverage", 2.3619)).isEqualTo("2.4x");
        assertThat(FigureDisplay.format("RUSSELL_2000.pct_unprofitable", 0.394)).isEqualTo("39.4%");
        assertThat(FigureDisplay.format("RUSSELL_2000.pct_weak_coverage", 0.2899)).isEqualTo("29.0%");
        assertThat(FigureDisplay.format("RUSSELL_2000.refi_wall", 0.2717)).isEqualTo("27.2%");
        assertThat(FigureDisplay.format("RUSSELL_2000.coverage.fwd_pe", 0.97)).isEqualTo("97.0%");
        assertThat(FigureDisplay.format("RUSSELL_2000.fwd_pe.history_pct", 50.0)).isEqualTo("50th percentile");
        assertThat(FigureDisplay.format("RUSSELL_2000.fwd_pe.history_pct", 91.5)).isEqualTo("92nd percentile");
        assertThat(FigureDisplay.format("RUSSELL_2000.fwd_pe.history_pct", 1.2)).isEqualTo("1st percentile");
        assertThat(FigureDisplay.format("RUSSELL_2000.fwd_pe.history_pct", 12.6)).isEqualTo("13th percentile");
        assertThat(FigureDisplay.format("RUSSELL_2000.fwd_pe.history_pct", 23.0)).isEqualTo("23rd percentile");
        assertThat(FigureDisplay.format("RATES.DGS10", 4.41)).isEqualTo("4.41%");
        assertThat(FigureDisplay.format("RATES.DGS10.change_bp.1w", -2.0)).isEqualTo("-2 bp");
        assertThat(FigureDisplay.format("SP_500.fwd_pe", null)).isEqualTo("\u2013");
    }

    @Test
    void historyStatisticsAndTheDebtProfilePrintInTheirUnits() {
        assertThat(FigureDisplay.format("RUSSELL_2000.fwd_pe.avg_10y", 21.8723)).isEqualTo("21.9x");
        assertThat(FigureDisplay.format("RUSSELL_2000.pct_unprofitable.avg_5y", 0.391)).isEqualTo("39.1%");
        assertThat(FigureDisplay.format("RUSSELL_2000.fwd_pe.z_10y", 3.5985)).isEqualTo("+3.60");
        assertThat(FigureDisplay.format("RUSSELL_2000.pct_unprofitable.z_10y", -0.0238)).isEqualTo("-0.02");
        assertThat(FigureDisplay.format("RUSSELL_2000.effective_rate", 0.0712)).isEqualTo("7.1%");
        assertThat(FigureDisplay.format("RUSSELL_2000.effective_rate.avg_10y", 0.0542)).isEqualTo("5.4%");
        assertThat(FigureDisplay.format("RUSSELL_2000.maturity.y1", 0.1468)).isEqualTo("14.7%");
        assertThat(FigureDisplay.format("RUSSELL_2000.maturity_usd.y1", 124.78e9)).isEqualTo("USD 124,780m");
        assertThat(FigureDisplay.format("RUSSELL_2000.eps_revision.13w", -0.0243)).isEqualTo("-2.4%");
        assertThat(FigureDisplay.format("RUSSELL_2000.fwd_pe.z_10y", null)).isEqualTo("\u2013");
    }
}
