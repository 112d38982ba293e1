package io.capbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * {@code capbrief explain} on a three-company index briefed for 2024-11-22, computed by hand:
 * <pre>
 *   AAA Industrials  weight 50%  price 100  NTM EPS  5   EBIT 300  D&A 100  interest 50  net income 150
 *                                                        long-term debt 1,000  cash 200
 *   BBB Financials   weight 30%  price  50  NTM EPS -1   net income -10
 *   CCC Info. Tech.  weight 20%  price  40  NTM EPS  2   EBIT 100  D&A 20  interest 10  net income 60
 *                                                        long-term debt 100  cash 300
 * </pre>
 * Each company's facts are its 10-K for the fiscal year 2023-07-01 to 2024-06-30, filed 2024-08-20; the
 * 10-year yield is 4.41%.
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
        Path manifest = universe();
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

    private Path universe() throws IOException {
        Files.writeString(dir.resolve("IWM.csv"), "\uFEFFiShares Russell 2000 ETF\n"
                + "Fund Holdings as of,\"Nov 22, 2024\"\n"
                + "Inception Date,\"May 22, 2000\"\n"
                + "Shares Outstanding,\"1\"\n"
                + "Stock,\"-\"\nBond,\"-\"\nCash,\"-\"\nOther,\"-\"\n \n"
                + "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Notional Value,Quantity,Price,Location,"
                + "Exchange,Currency,FX Rate,Market Currency,Accrual Date\n"
                + holding("AAA", "ALPHA CORP", "Industrials", "50.00", "100.00")
                + holding("BBB", "BETA BANK", "Financials", "30.00", "50.00")
                + holding("CCC", "GAMMA SOFT", "Information Technology", "20.00", "40.00")
                + " \n\"The content is for illustration only.\"\n");
        Files.createDirectories(dir.resolve("sec"));
        Files.writeString(dir.resolve("sec/company_tickers.json"), """
                {"0":{"cik_str":1,"ticker":"AAA","title":"Alpha"},"1":{"cik_str":2,"ticker":"BBB","title":"Beta"},
                 "2":{"cik_str":3,"ticker":"CCC","title":"Gamma"}}""");
        Files.writeString(dir.resolve("sec/CIK0000000001.json"), facts(1, 300, 100, 50, 150, 1000, 200));
        Files.writeString(dir.resolve("sec/CIK0000000002.json"), facts(2, null, null, null, -10, null, null));
        Files.writeString(dir.resolve("sec/CIK0000000003.json"), facts(3, 100, 20, 10, 60, 100, 300));
        Files.writeString(dir.resolve("estimates.csv"), """
                ticker,as_of,fiscal_year_end,fy1_eps,fy2_eps,ntm_eps,analysts
                AAA,2024-11-15,2025-06-30,,,5,4
                BBB,2024-11-15,2024-12-31,,,-1,2
                CCC,2024-11-15,2025-06-30,,,2,3
                """);
        Files.writeString(dir.resolve("DGS10.csv"), "observation_date,DGS10\n2024-11-22,4.41\n");
        Path manifest = dir.resolve("sources.yml");
        Files.writeString(manifest, """
                sources:
                  - { id: iwm,     format: ishares-holdings-csv,     path: IWM.csv, index: RUSSELL_2000 }
                  - { id: tickers, format: sec-company-tickers-json, path: sec/company_tickers.json }
                  - { id: facts,   format: sec-companyfacts-json,    path: 'sec/CIK*.json' }
                  - { id: est,     format: estimates-csv,            path: estimates.csv }
                  - { id: dgs10,   format: fred-csv,                 path: DGS10.csv, series: DGS10 }
                """);
        return manifest;
    }

    private static String holding(String ticker, String name, String sector, String weight, String price) {
        return "\"%s\",\"%s\",\"%s\",\"Equity\",\"1,000\",\"%s\",\"1,000\",\"10\",\"%s\",\"United States\",\"NASDAQ\",\"USD\",\"1.00\",\"USD\",\"-\"\n"
                .formatted(ticker, name, sector, weight, price);
    }

    /** The company's 10-K facts for the fiscal year to 2024-06-30, accession 00000000NN-24-000010; a null is not filed. */
    private static String facts(int cik, Integer ebit, Integer da, Integer interest, int netIncome, Integer debt, Integer cash) {
        String accn = "%010d-24-000010".formatted(cik);
        StringBuilder gaap = new StringBuilder();
        duration(gaap, "OperatingIncomeLoss", ebit, accn);
        duration(gaap, "DepreciationDepletionAndAmortization", da, accn);
        duration(gaap, "InterestExpense", interest, accn);
        duration(gaap, "NetIncomeLoss", netIncome, accn);
        instant(gaap, "LongTermDebt", debt, accn);
        instant(gaap, "CashAndCashEquivalentsAtCarryingValue", cash, accn);
        return "{\"cik\":" + cik + ",\"entityName\":\"Company " + cik + "\",\"facts\":{\"us-gaap\":{"
                + gaap.substring(0, gaap.length() - 1) + "}}}";
    }

    private static void duration(StringBuilder gaap, String concept, Integer value, String accn) {
        if (value != null) {
            gaap.append("\"%s\":{\"units\":{\"USD\":[{\"start\":\"2023-07-01\",\"end\":\"2024-06-30\",\"val\":%d,\"accn\":\"%s\",\"fy\":2024,\"fp\":\"FY\",\"form\":\"10-K\",\"filed\":\"2024-08-20\"}]}},"
                    .formatted(concept, value, accn));
        }
    }

    private static void instant(StringBuilder gaap, String concept, Integer value, String accn) {
        if (value != null) {
            gaap.append("\"%s\":{\"units\":{\"USD\":[{\"end\":\"2024-06-30\",\"val\":%d,\"accn\":\"%s\",\"fy\":2024,\"fp\":\"FY\",\"form\":\"10-K\",\"filed\":\"2024-08-20\"}]}},"
                    .formatted(concept, value, accn));
        }
    }

    private int execute(String... args) {
        CommandLine cli = CliRunner.commandLine(context);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
