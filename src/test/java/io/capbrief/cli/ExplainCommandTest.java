package io.capbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import io.capbrief.job.ValuationFixtures;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine;

/**
 * {@code capbrief explain} on the three-company index of {@link ValuationFixtures#threeCompanies} briefed for
 * 2024-11-22: AAA (weight 50%, price 100, NTM EPS 5, EBIT 300, D&A 100, interest 50, net income 150,
 * long-term debt 1,000, cash 200) and CCC (20%, EBIT 100, D&A 20, long-term debt 100, cash 300) are the
 * non-financials; BBB (30%) is a bank. Each fact is from the company's 10-K filed 2024-08-20.
 */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:explain;DB_CLOSE_DELAY=-1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplainCommandTest {

    @Autowired
    ApplicationContext context;

    @TempDir
    static Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    void briefTheWeek() throws IOException {
        Path manifest = ValuationFixtures.threeCompanies(dir);
        assertThat(execute("run", "--week", "2024-11-22", "--sources", manifest.toString(), "--out",
                dir.resolve("out").toString(), "--no-fetch")).as(out + "\n" + err).isZero();
    }

    @BeforeEach
    void clearTheConsole() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    @Test
    void aCompanysMetricsWithTheNumbersTheyCameFromDownToTheFactsAndTheirFilings() {
        assertThat(execute("explain", "--week", "2024-11-22", "--ticker", "AAA")).as(err.toString()).isZero();

        assertThat(out.toString().lines()).contains(
                "AAA ALPHA CORP, week ending 2024-11-22: computed from the store as the briefing computes it",
                "CIK 0000000001; Russell 2000 weight 50.000%, sector Industrials",
                "Briefing issued for the week: version 1",
                "  Forward P/E            20.0x            = price 100.00 / NTM EPS 5.00",
                "  Net debt / EBITDA      2.0x             = net debt 800 / EBITDA 400",
                "  Interest coverage      6.0x             = EBIT 300 / interest expense 50",
                "  Implied interest rate  5.0%             = interest expense 50 / total debt 1,000",
                "  Market cap             \u2013                no shares outstanding",
                "  Rate shock             2.4%             = max(0, (10-year yield 4.41% + spread 3.00%) / 100 - implied rate 5.0%)",
                "  Net income             150              fiscal year (rule 1)",
                "      us-gaap:NetIncomeLoss  2023-07-01..2024-06-30  150  10-K  0000000001-24-000010  filed 2024-08-20  "
                        + "https://www.sec.gov/Archives/edgar/data/1/000000000124000010/",
                "  Total debt             1,000            option 1 at 2024-06-30, a part missing there counting 0",
                "      us-gaap:LongTermDebt  at 2024-06-30  1,000  10-K  0000000001-24-000010  filed 2024-08-20  "
                        + "https://www.sec.gov/Archives/edgar/data/1/000000000124000010/",
                "  Shares outstanding     –                no fact of EntityCommonStockSharesOutstanding, "
                        + "WeightedAverageNumberOfDilutedSharesOutstanding",
                "  EBITDA                 400              EBIT + D&A: fiscal year (rule 1) + fiscal year (rule 1)",
                "      (OperatingIncomeLoss) + (DepreciationDepletionAndAmortization), the facts on their lines above");
    }

    @Test
    void anAggregateWithItsSetCoverageSumsAndLargestContributors() {
        assertThat(execute("explain", "--week", "2024-11-22", "--figure", "RUSSELL_2000.net_debt_ebitda"))
                .as(err.toString()).isZero();

        assertThat(out.toString().lines()).contains(
                "RUSSELL_2000.net_debt_ebitda, week ending 2024-11-22: computed from the store as the briefing computes it",
                "Definition   sum(net debt) / sum(EBITDA)",
                "Set          non-financials with net debt and EBITDA defined: 2 of 3 constituents",
                "Coverage     70.0% of the index weight",
                "Value        1.2x  (1.1538461538461537 unrounded)",
                "As issued    1.2x in version 1, the same",
                "Numerator    sum(net debt) = 600",
                "Denominator  sum(EBITDA) = 520",
                "Largest contributors (2 of 2, by the size of net debt)",
                "  Ticker      Weight               net debt                 EBITDA",
                "  AAA        50.000%                    800                    400",
                "  CCC        20.000%                   -200                    120");
    }

    @Test
    void anUnknownTickerOrFigureExitsWithTwoAndOneLineSayingWhatIsExpected() {
        assertThat(execute("explain", "--week", "2024-11-22", "--ticker", "ZZZ")).isEqualTo(2);
        assertThat(execute("explain", "--week", "2024-11-22", "--figure", "RUSSELL_2000.pe")).isEqualTo(2);

        assertThat(err.toString().lines()).containsExactly(
                "capbrief explain: no constituent of any index has the ticker 'ZZZ' at the week ending 2024-11-22; "
                        + "expected one of the 3 tickers of its holdings files, e.g. AAA, BBB, CCC",
                "capbrief explain: 'RUSSELL_2000.pe' is not an index aggregate; expected INDEX.FIGURE with INDEX one of "
                        + "RUSSELL_2000, SP_500, NASDAQ_COMPOSITE and FIGURE one of fwd_pe, fwd_pe_ex_neg, fwd_pe_median, "
                        + "pct_unprofitable, pct_unprofitable_weight, net_debt_ebitda, net_debt_ebitda_median, "
                        + "interest_coverage, pct_weak_coverage, pct_zombies, refi_wall, rate_shock_coverage, effective_rate, "
                        + "maturity.y1, maturity.y2, maturity.y3, maturity.y4, maturity.y5, maturity.after5, maturity_usd.y1, "
                        + "maturity_usd.y2, maturity_usd.y3, maturity_usd.y4, maturity_usd.y5, maturity_usd.after5");
    }

    private int execute(String... args) {
        CommandLine cli = CliRunner.commandLine(context);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
