package io.capbrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DisplayFormatTest {

    @Test
    void percentagesHaveOneDecimalWithHalvesRoundedUp() {
        assertThat(DisplayFormat.percent(0.06448)).isEqualTo("6.4%");
        assertThat(DisplayFormat.percent(0.0645025)).isEqualTo("6.5%");
        assertThat(DisplayFormat.percent(0.06)).isEqualTo("6.0%");
        assertThat(DisplayFormat.signedPercent(0.0391)).isEqualTo("+3.9%");
        assertThat(DisplayFormat.signedPercent(-0.0147662)).isEqualTo("-1.5%");
    }

    @Test
    void multiplesLevelsYieldsAndMoneyFollowSection7() {
        assertThat(DisplayFormat.multiple(27.94)).isEqualTo("27.9x");
        assertThat(DisplayFormat.level(2406.669921875)).isEqualTo("2,406.67");
        assertThat(DisplayFormat.yield(4.41)).isEqualTo("4.41%");
        assertThat(DisplayFormat.basisPoints(15.000000000000036)).isEqualTo("+15 bp");
        assertThat(DisplayFormat.basisPoints(-2.0)).isEqualTo("-2 bp");
        assertThat(DisplayFormat.millions(1_234_567_890d)).isEqualTo("1,235");
        assertThat(DisplayFormat.billions(4_786.2e9)).isEqualTo("4,786");
        assertThat(DisplayFormat.billions(760.5e9)).isEqualTo("761");
        assertThat(DisplayFormat.longDate(LocalDate.of(2024, 11, 5))).isEqualTo("5 Nov 2024");
    }

    @Test
    void zScoresAreSignedWithTwoDecimalsAndRangesArePercentages() {
        assertThat(DisplayFormat.zScore(3.5985)).isEqualTo("+3.60");
        assertThat(DisplayFormat.zScore(-0.0238)).isEqualTo("-0.02");
        assertThat(DisplayFormat.zScore(null)).isEqualTo("\u2013");
        assertThat(DisplayFormat.percentRange(0.049, 0.0712)).isEqualTo("4.9\u20137.1%");
        assertThat(DisplayFormat.percentRange(0.049, null)).isEqualTo("\u2013");
    }

    @Test
    void anEmptyFigureIsAnEnDashNeverZero() {
        assertThat(DisplayFormat.percent(null)).isEqualTo("\u2013");
        assertThat(DisplayFormat.billions(null)).isEqualTo("\u2013");
        assertThat(DisplayFormat.multiple(null)).isEqualTo("\u2013");
        assertThat(DisplayFormat.level(null)).isEqualTo("\u2013");
        assertThat(DisplayFormat.basisPoints(null)).isEqualTo("\u2013");
    }

    @Test
    void historyPercentilesPrintAsRoundedOrdinalsAndHashesShort() {
        assertThat(DisplayFormat.percentile(92.3)).isEqualTo("92nd");
        assertThat(DisplayFormat.percentile(0.0)).isEqualTo("0th");
        assertThat(DisplayFormat.percentile(100.0)).isEqualTo("100th");
        assertThat(DisplayFormat.percentile(null)).isEqualTo("\u2013");
        assertThat(DisplayFormat.shortHash("b307f8999805270f7130ee100a204acc")).isEqualTo("b307f8999805");
        assertThat(DisplayFormat.shortHash(null)).isEqualTo("\u2013");
        assertThat(DisplayFormat.count(2000)).isEqualTo("2,000");
    }
}
