package io.capbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.capbrief.metrics.fundamentals.Constituent;
import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.model.CompanyFact;
import io.capbrief.model.EstimateRow;
import io.capbrief.model.HoldingRow;
import io.capbrief.model.IndexCode;
import io.capbrief.store.CompanyPriceStore;
import io.capbrief.store.HoldingStore;

import org.junit.jupiter.api.Test;

/** A week's valuation from records alone, without a store, on a universe computed by hand. */
class ValuationCalculatorTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);
    private static final LocalDate ESTIMATED = LocalDate.of(2024, 11, 15);

    private final ValuationCalculator calculator = new ValuationCalculator(3.0, ScreenThresholds.DEFAULTS, MetricsSettings.COVERAGE_FLOOR);

    @Test
    void takesEachCompanysForwardPeFromItsPriceAndNtmEps() {
        Valuation v = calculator.compute(inputs());

        // AAA: the price source's close, not the holdings price: 25 / 2.5 = 10 (20 / 2.5 would be 8)
        assertThat(constituent(v, IndexCode.RUSSELL_2000, "AAA").metrics().forwardPe()).isEqualTo(10.0);
        // BBB: the holdings price, 30 / 1.5 = 20
        assertThat(constituent(v, IndexCode.RUSSELL_2000, "BBB").metrics().forwardPe()).isEqualTo(20.0);
        // ZZZ: 100 / 4 = 25
        assertThat(constituent(v, IndexCode.SP_500, "ZZZ").metrics().forwardPe()).isEqualTo(25.0);
        // AAA: 20 / 80 and 60 / 6
        assertThat(constituent(v, IndexCode.RUSSELL_2000, "AAA").metrics().netDebtToEbitda()).isEqualTo(0.25);
        assertThat(constituent(v, IndexCode.RUSSELL_2000, "AAA").metrics().interestCoverage()).isEqualTo(10.0);
    }

    @Test
    void weighsTheIndexAggregatesAndTheRelativeForwardPe() {
        Map<String, Double> f = calculator.compute(inputs()).figures();

        // 1 / (0.5 * 2.5 / 25 + 0.3 * 1.5 / 30 + 0.2 * 1 / 10) = 1 / (0.05 + 0.015 + 0.02) = 1 / 0.085 = 11.7647
        assertThat(f.get("RUSSELL_2000.fwd_pe")).isCloseTo(11.764705882352942, within(1e-9));
        assertThat(f.get("RUSSELL_2000.coverage.fwd_pe")).isCloseTo(1.0, within(1e-12));
        // net income known for AAA and BBB (CCC has no filings); BBB loses money: 1 of 2, weight 0.3 / 0.8
        assertThat(f.get("RUSSELL_2000.pct_unprofitable")).isEqualTo(0.5);
        assertThat(f.get("RUSSELL_2000.pct_unprofitable_weight")).isCloseTo(0.375, within(1e-12));
        // AAA and BBB: (20 + 200) / (80 + 20) = 2.2, over 0.8 of the weight
        assertThat(f.get("RUSSELL_2000.net_debt_ebitda")).isCloseTo(2.2, within(1e-12));
        assertThat(f.get("RUSSELL_2000.coverage.net_debt_ebitda")).isCloseTo(0.8, within(1e-12));
        // (60 + 12) / (6 + 10) = 72 / 16
        assertThat(f.get("RUSSELL_2000.interest_coverage")).isEqualTo(4.5);
        // ZZZ alone: 25; relative 11.7647 / 25 = 0.470588
        assertThat(f.get("SP_500.fwd_pe")).isCloseTo(25.0, within(1e-12));
        assertThat(f.get("RELATIVE.fwd_pe")).isCloseTo(0.47058823529411764, within(1e-9));
        assertThat(f).containsEntry("NASDAQ_COMPOSITE.fwd_pe", null);
    }

    @Test
    void comparesTheNtmEpsWithThatOf13WeeksEarlierBlendedAtThatDate() {
        // 91 days before the week: 2024-08-23. AAA's estimate of 2024-08-16 has FY1 (ending 2024-12-31) 2.00 and
        // FY2 2.40 only, blended at 2024-08-23 (130 days to FY1's end): 2.40 - 0.40 * 130 / 365.25 = 2.2576318;
        // BBB 1.5 then too; CCC had no estimate then, so AAA and BBB make the set (0.8 of the weight).
        //   now:     0.5 * 2.5 / 25       + 0.3 * 1.5 / 30 = 0.05       + 0.015 = 0.065
        //   earlier: 0.5 * 2.2576318 / 25 + 0.3 * 1.5 / 30 = 0.04515264 + 0.015 = 0.06015264
        //   0.065 / 0.06015264 - 1 = 0.0805844; AAA up 10.7%, BBB flat: 1 of 2 up
        ValuationInputs now = inputs();
        Map<String, EstimateRow> earlier = Map.of(
                "AAA", new EstimateRow("AAA", LocalDate.of(2024, 8, 16), LocalDate.of(2024, 12, 31), 2.00, 2.40, null, 3, 1),
                "BBB", new EstimateRow("BBB", LocalDate.of(2024, 8, 16), LocalDate.of(2025, 6, 30), null, null, 1.5, 3, 2));
        ValuationInputs inputs = new ValuationInputs(now.week(), now.tenYearYield(), now.holdings(), now.factsByCik(),
                now.cikByTicker(), now.estimateByTicker(), earlier, now.closeByTicker(), now.vendorFile(), now.history());

        Map<String, Double> f = calculator.compute(inputs).figures();

        assertThat(f.get("RUSSELL_2000.eps_revision.13w")).isCloseTo(0.08058441336777311, within(1e-9));
        assertThat(f.get("RUSSELL_2000.coverage.eps_revision.13w")).isCloseTo(0.8, within(1e-12));
        assertThat(f.get("RUSSELL_2000.eps_revision_up.13w")).isEqualTo(0.5);
        assertThat(f.get("RUSSELL_2000.eps_revision_down.13w")).isEqualTo(0.0);
        // ZZZ had no estimate 13 weeks earlier
        assertThat(f).containsEntry("SP_500.eps_revision.13w", null);
    }

    @Test
    void placesTheForwardPeAmongTheHistoryPoints() {
        Map<String, Double> f = calculator.compute(inputs()).figures();

        // 11.76 is above 10 only, of 10, 12 and 14: 100 * 1 / 3
        assertThat(f.get("RUSSELL_2000.fwd_pe.history_pct")).isCloseTo(33.333333333333336, within(1e-9));
        assertThat(f).containsEntry("RUSSELL_2000.interest_coverage.history_pct", null);
        // three months of history are far from 80% of the 60 months an average needs
        assertThat(f).containsEntry("RUSSELL_2000.fwd_pe.avg_5y", null).containsEntry("RUSSELL_2000.fwd_pe.z_10y", null);
    }

    @Test
    void takesTheSectorOfARowThatNamesNoneFromItsSicCode() {
        // AAA's row names no sector (as every SPDR row does); its SIC code maps to Financials
        ValuationInputs now = inputs();
        HoldingStore.Holdings file = now.holdings().get(IndexCode.RUSSELL_2000);
        List<HoldingRow> rows = file.rows().stream().map(r -> r.ticker().equals("AAA")
                ? new HoldingRow(r.ticker(), r.name(), null, r.weight(), r.price(), r.shares(), r.currency(), r.line()) : r).toList();
        ValuationInputs unnamed = new ValuationInputs(now.week(), now.tenYearYield(),
                Map.of(IndexCode.RUSSELL_2000, new HoldingStore.Holdings(file.asOf(), file.sourceFile(), rows),
                        IndexCode.SP_500, now.holdings().get(IndexCode.SP_500)),
                now.factsByCik(), now.cikByTicker(), now.estimateByTicker(), now.earlierEstimateByTicker(), now.closeByTicker(),
                now.vendorFile(), now.history(), Map.of("0000000001", "Financials"));

        Valuation v = calculator.compute(unnamed);

        assertThat(constituent(v, IndexCode.RUSSELL_2000, "AAA").sector()).isEqualTo("Financials");
        // a financial now, AAA leaves the leverage aggregates to BBB alone: net debt 200 / EBITDA 20
        assertThat(v.figures().get("RUSSELL_2000.net_debt_ebitda")).isEqualTo(10.0);
        assertThat(v.notes()).contains(new DataNote("holdings", null, "1 constituent row names no sector in its holdings file",
                "sector taken from the company's SEC SIC code (config/sic-sectors.csv)"));
    }

    @Test
    void screensTheSmallCaps() {
        Valuation v = calculator.compute(inputs());

        // AAA: profitable, 0.25 < 1.0, 10 > 5, a forward P/E; BBB: a loss, and coverage 1.2 < 1.5, leverage 10 > 5
        assertThat(v.qualitySmallCaps()).extracting(Constituent::ticker).containsExactly("AAA");
        assertThat(v.refinancingRisk()).extracting(Constituent::ticker).containsExactly("BBB");
        assertThat(v.screenThresholds()).isEqualTo(ScreenThresholds.DEFAULTS);
    }

    @Test
    void notesWhatTheInputsLack() {
        List<DataNote> notes = calculator.compute(inputs()).notes();

        assertThat(notes).contains(
                new DataNote("Nasdaq Composite", null, "no holdings file dated on or before 2024-11-22",
                        "constituent aggregates empty"),
                new DataNote("holdings", null, "2 constituent rows have no company price source and were priced "
                        + "from the holdings file dated 2024-11-22", "holdings price used"),
                new DataNote("ticker map", "CCC", "no CIK for the ticker", "no filings used; company figures empty"),
                new DataNote("SEC companyfacts", "ZZZ", "no filing known at 2024-11-22 (CIK 0000000004)",
                        "company figures empty"));
        assertThat(notes).filteredOn(n -> n.source().equals("history")).singleElement()
                .satisfies(n -> assertThat(n.problem()).startsWith("no earlier history point has "
                        + "RUSSELL_2000.fwd_pe_ex_neg, RUSSELL_2000.fwd_pe_median,"));
    }

    /*
     * Week 2024-11-22, 10-year yield 4.41. One fiscal year 2023-07-01..2024-06-30, 10-K filed 2024-08-20,
     * so each TTM is that year's figure.
     *
     *   Russell 2000, holdings dated 2024-11-22:
     *     AAA Industrials   weight 0.5  holdings price 20, close 25 from a price source   NTM EPS 2.5
     *         net income 100, EBIT 60, D&A 20, interest 6, long-term debt 50, cash 30
     *         EBITDA 80, net debt 20: net debt / EBITDA 0.25, coverage 10
     *     BBB Health Care   weight 0.3  holdings price 30, no close                       NTM EPS 1.5
     *         net income -10, EBIT 12, D&A 8, interest 10, long-term debt 200, no cash
     *         EBITDA 20, net debt 200: net debt / EBITDA 10, coverage 1.2
     *     CCC Industrials   weight 0.2  holdings price 10, no close, no CIK               NTM EPS 1
     *   S&P 500, holdings dated 2024-11-22:
     *     ZZZ Info. Tech.   weight 1.0  close 100                                         NTM EPS 4
     *         a CIK, but no filing known at the week
     *   Nasdaq Composite: no holdings file.
     *   History points: RUSSELL_2000.fwd_pe was 10, 12 and 14 at the three month-ends before; nothing else has any.
     */
    private static ValuationInputs inputs() {
        HoldingStore.Holdings smallCaps = new HoldingStore.Holdings(WEEK, "IWM.csv", List.of(
                holding("AAA", "Industrials", 0.5, 20.0, 1),
                holding("BBB", "Health Care", 0.3, 30.0, 2),
                holding("CCC", "Industrials", 0.2, 10.0, 3)));
        HoldingStore.Holdings largeCaps = new HoldingStore.Holdings(WEEK, "SPY.xlsx", List.of(
                holding("ZZZ", "Information Technology", 1.0, null, 1)));
        Map<String, List<CompanyFact>> facts = Map.of(
                "0000000001", company("0000000001", 100, 60, 20, 6, 50, 30.0),
                "0000000002", company("0000000002", -10, 12, 8, 10, 200, null));
        Map<String, String> ciks = Map.of("AAA", "0000000001", "BBB", "0000000002", "ZZZ", "0000000004");
        Map<String, EstimateRow> estimates = Map.of("AAA", estimate("AAA", 2.5), "BBB", estimate("BBB", 1.5),
                "CCC", estimate("CCC", 1.0), "ZZZ", estimate("ZZZ", 4.0));
        Map<String, CompanyPriceStore.Dated> closes = Map.of(
                "AAA", new CompanyPriceStore.Dated(WEEK, 25.0), "ZZZ", new CompanyPriceStore.Dated(WEEK, 100.0));
        return new ValuationInputs(WEEK, 4.41, Map.of(IndexCode.RUSSELL_2000, smallCaps, IndexCode.SP_500, largeCaps),
                facts, ciks, estimates, closes, null, new TreeMap<>(Map.of(
                        LocalDate.of(2024, 8, 30), Map.of("RUSSELL_2000.fwd_pe", 10.0),
                        LocalDate.of(2024, 9, 27), Map.of("RUSSELL_2000.fwd_pe", 12.0),
                        LocalDate.of(2024, 10, 25), Map.of("RUSSELL_2000.fwd_pe", 14.0))));
    }

    private static HoldingRow holding(String ticker, String sector, double weight, Double price, long line) {
        return new HoldingRow(ticker, ticker + " CORP", sector, weight, price, 1000.0, "USD", line);
    }

    private static EstimateRow estimate(String ticker, double ntmEps) {
        return new EstimateRow(ticker, ESTIMATED, LocalDate.of(2025, 6, 30), null, null, ntmEps, 3, 1);
    }

    /** One fiscal year's 10-K facts. */
    private static List<CompanyFact> company(String cik, double netIncome, double ebit, double da, double interest,
            double debt, Double cash) {
        List<CompanyFact> facts = new ArrayList<>(List.of(
                annual(cik, "NetIncomeLoss", netIncome),
                annual(cik, "OperatingIncomeLoss", ebit),
                annual(cik, "DepreciationDepletionAndAmortization", da),
                annual(cik, "InterestExpense", interest),
                instant(cik, "LongTermDebt", debt)));
        if (cash != null) {
            facts.add(instant(cik, "CashAndCashEquivalentsAtCarryingValue", cash));
        }
        return facts;
    }

    private static CompanyFact annual(String cik, String concept, double value) {
        return new CompanyFact(cik, "us-gaap", concept, "USD", LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30), value,
                2024, "FY", "10-K", LocalDate.of(2024, 8, 20));
    }

    private static CompanyFact instant(String cik, String concept, double value) {
        return new CompanyFact(cik, "us-gaap", concept, "USD", null, LocalDate.of(2024, 6, 30), value, 2024, "FY", "10-K",
                LocalDate.of(2024, 8, 20));
    }

    private static Constituent constituent(Valuation v, IndexCode index, String ticker) {
        return v.indices().get(index).constituents().stream().filter(c -> ticker.equals(c.ticker())).findFirst()
                .orElseThrow();
    }
}
