package io.capbrief.metrics.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.capbrief.RealData;
import io.capbrief.extract.FundamentalsCsvReader;
import io.capbrief.model.FundamentalsRow;

import org.junit.jupiter.api.Test;

class VendorFundamentalsFillTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);
    private static final LocalDate AS_OF = LocalDate.of(2024, 11, 1);

    private final VendorFundamentalsFill fill = new VendorFundamentalsFill();
    private final TtmDeriver ttm = new TtmDeriver();
    private final CompanyMetricsCalculator calculator = new CompanyMetricsCalculator();

    @Test
    void fillsNetIncomeEbitdaAndSharesOfACompanyWithoutFilings() {
        // price 50, EPS -2.5, market cap 1,000: shares 1000 / 50 = 20, net income -2.5 * 20 = -50
        FundamentalsRow row = new FundamentalsRow("LOSS", "Loss Co", "Biotechnology", 50.0, null, -2.5, 1000.0, -30.0, 7);

        CompanyFundamentals f = fill.fill(ttm.derive(List.of(), WEEK), row, AS_OF, WEEK);

        assertThat(f.sharesOutstanding()).isEqualTo(20.0);
        assertThat(f.netIncome()).isEqualTo(-50.0);
        assertThat(f.ebitda()).isEqualTo(-30.0);
        assertThat(f.ebit()).isNull();
        assertThat(f.latestTtmEnd()).isEqualTo(AS_OF);
        assertThat(f.stale()).isFalse();
        assertThat(f.lineage(Fundamental.NET_INCOME).rule())
                .isEqualTo("Earnings/Share x Market Cap / Price (vendor file as of 2024-11-01, line 7)");
    }

    @Test
    void neverOverwritesAFiledFact() {
        Map<Fundamental, Double> filed = Members.values(80.0, 60.0, 20.0, 10.0, null, null, null, null);
        CompanyFundamentals sec = CompanyFundamentals.of(filed, LocalDate.of(2024, 9, 30), false, List.of(),
                Map.of(Fundamental.NET_INCOME, new Lineage("NetIncomeLoss", List.of(), "fiscal year (rule 1)"),
                        Fundamental.EBITDA, new Lineage("OperatingIncomeLoss + DepreciationAndAmortization", List.of(), "EBIT + D&A")));
        FundamentalsRow row = new FundamentalsRow("KEEP", "Keep Co", "Banks", 10.0, 5.0, 2.0, 400.0, 999.0, 3);

        CompanyFundamentals f = fill.fill(sec, row, AS_OF, WEEK);

        // net income and EBITDA stay the filed 80 and 60 + 20; only shares come from the vendor: 400 / 10
        assertThat(f.netIncome()).isEqualTo(80.0);
        assertThat(f.ebitda()).isEqualTo(80.0);
        assertThat(f.sharesOutstanding()).isEqualTo(40.0);
        assertThat(f.latestTtmEnd()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void aVendorFileOlderThan200DaysMakesTheCompanyStale() {
        FundamentalsRow row = new FundamentalsRow("OLD", "Old Co", "Banks", 10.0, 5.0, 2.0, 400.0, null, 2);

        // 2024-04-01 to 2024-11-22 is 235 days
        CompanyFundamentals f = fill.fill(ttm.derive(List.of(), WEEK), row, LocalDate.of(2024, 4, 1), WEEK);

        assertThat(f.stale()).isTrue();
    }

    @Test
    void theRealSp500FileGivesTrailingPesAndTheUnprofitableShareOfTheIndex() {
        List<FundamentalsRow> rows = new FundamentalsCsvReader()
                .read(RealData.file("fundamentals/sp500_constituents_financials_2024-11-01.csv")).rows();

        List<Constituent> index = new ArrayList<>();
        double totalCap = rows.stream().filter(r -> r.marketCap() != null).mapToDouble(FundamentalsRow::marketCap).sum();
        for (FundamentalsRow row : rows) {
            CompanyFundamentals f = fill.fill(ttm.derive(List.of(), WEEK), row, AS_OF, WEEK);
            CompanyMetrics m = calculator.compute(f, WEEK, row.price(), null, 4.41);
            index.add(new Constituent(row.ticker(), row.sector(), row.marketCap() == null ? 0 : row.marketCap() / totalCap, m, f));
        }

        // AAPL: price 225.91, EPS 6.58 -> trailing P/E 225.91 / 6.58 = 34.3328 (the file says 34.33283)
        CompanyMetrics apple = index.stream().filter(c -> "AAPL".equals(c.ticker())).findFirst().orElseThrow().metrics();
        assertThat(apple.trailingPe()).isCloseTo(34.33282674772036, within(1e-9));
        // BA: EPS -12.95, a loss, no trailing P/E
        CompanyMetrics boeing = index.stream().filter(c -> "BA".equals(c.ticker())).findFirst().orElseThrow().metrics();
        assertThat(boeing.unprofitable()).isTrue();
        assertThat(boeing.trailingPe()).isNull();

        IndexAggregates agg = new IndexAggregator().aggregate(index);
        // computed with python over the csv: 500 rows have price, EPS and market cap; 27 have EPS < 0,
        // so 27 / 500 = 0.054 by count; their market cap is 0.015622374619492913 of those 500 rows' total
        assertThat(agg.pctUnprofitable().value()).isCloseTo(0.054, within(1e-12));
        assertThat(agg.pctUnprofitableWeight().value()).isCloseTo(0.015622374619492913, within(1e-9));

        // the index's trailing P/E, total market cap / total earnings over the 473 profitable companies:
        // 51770227736064 / 1866072528754.1143 = 27.742880803581873 (python over the csv)
        double cap = 0;
        double earnings = 0;
        for (Constituent c : index) {
            if (c.metrics().trailingPe() != null) {
                cap += c.metrics().marketCap();
                earnings += c.fundamentals().netIncome();
            }
        }
        assertThat(cap / earnings).isCloseTo(27.742880803581873, within(1e-9));
    }
}
