package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import io.capbrief.report.FiguresJsonWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The valuation half end to end on a three-company index computed by hand, and point in time: a
 * restatement filed after the week changes a later week's figures, never the week's own.
 */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:valuation;DB_CLOSE_DELAY=-1"})
class ValuationFunctionalTests {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);

    @Autowired
    WeeklyBriefingLauncher launcher;

    @TempDir
    Path dir;

    /*
     * The index, holdings dated 2024-11-22:
     *   AAA Industrials   weight 50%  price 100  NTM EPS  5
     *   BBB Financials    weight 30%  price  50  NTM EPS -1
     *   CCC Info. Tech.   weight 20%  price  40  NTM EPS  2
     * Fiscal year 2023-07-01..2024-06-30, 10-K filed 2024-08-20:
     *   AAA EBIT 300, D&A 100, interest 50, net income 150, long-term debt 1000, cash 200
     *   BBB net income -10
     *   CCC EBIT 100, D&A 20, interest 10, net income 60, long-term debt 100, cash 300
     * AAA restates net income to -20 in a 10-K/A filed 2024-11-27, after the week.
     */
    @Test
    void computesTheAggregatesByHandAndKeepsEachWeekToWhatWasKnown() throws IOException {
        // given
        Path manifest = universe();

        // when
        WeekOutcome week = launcher.run(new WeekParameters(WEEK, manifest, dir.resolve("out")));
        WeekOutcome later = launcher.run(new WeekParameters(WEEK.plusWeeks(1), manifest, dir.resolve("out")));

        // then
        assertThat(week.status()).as(week.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        Map<String, Double> f = figures(week);
        // 1 / (0.5 * 5/100 + 0.3 * -1/50 + 0.2 * 2/40) = 1 / (0.025 - 0.006 + 0.01) = 1 / 0.029
        assertThat(f.get("RUSSELL_2000.fwd_pe")).isCloseTo(34.4827586, within(1e-6));
        // ex-negative: weights 0.5 and 0.2 renormalised; (0.5 * 0.05 + 0.2 * 0.05) / 0.7 = 0.05, so 20
        assertThat(f.get("RUSSELL_2000.fwd_pe_ex_neg")).isCloseTo(20.0, within(1e-9));
        assertThat(f.get("RUSSELL_2000.coverage.fwd_pe_ex_neg")).isCloseTo(0.7, within(1e-9));
        // BBB alone loses money: 1 of 3
        assertThat(f.get("RUSSELL_2000.pct_unprofitable")).isCloseTo(1.0 / 3, within(1e-9));
        // non-financials AAA and CCC: net debt (1000 - 200) + (100 - 300) = 600 over EBITDA 400 + 120 = 520
        assertThat(f.get("RUSSELL_2000.net_debt_ebitda")).isCloseTo(1.1538462, within(1e-6));
        assertThat(f.get("RUSSELL_2000.coverage.net_debt_ebitda")).isCloseTo(0.7, within(1e-9));
        // EBIT (300 + 100) over interest (50 + 10)
        assertThat(f.get("RUSSELL_2000.interest_coverage")).isCloseTo(6.6666667, within(1e-6));
        assertThat(f).containsEntry("SP_500.fwd_pe", null).containsEntry("RELATIVE.fwd_pe", null);
        // holdings only from this month: no history point before the week
        assertThat(f).containsEntry("RUSSELL_2000.fwd_pe.history_pct", null);
        assertThat(ValuationFixtures.dataQuality(week)).anyMatch(line -> line.contains("no earlier history point has RUSSELL_2000.fwd_pe,"));

        assertThat(later.status()).as(later.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        Map<String, Double> next = figures(later);
        // the 10-K/A is known by 2024-11-29: AAA now loses money too, 2 of 3
        assertThat(next.get("RUSSELL_2000.pct_unprofitable")).isCloseTo(2.0 / 3, within(1e-9));
        // 2024-11-29 ends November, the month of the first holdings: still no point before it
        assertThat(next).containsEntry("RUSSELL_2000.fwd_pe.history_pct", null);
    }

    private static Map<String, Double> figures(WeekOutcome outcome) throws IOException {
        return FiguresJsonWriter.figures(Files.readString(outcome.versionDir().resolve("figures.json")));
    }

    private Path universe() throws IOException {
        return ValuationFixtures.threeCompanies(dir);
    }
}
