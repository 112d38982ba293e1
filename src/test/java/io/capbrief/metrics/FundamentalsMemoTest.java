package io.capbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.capbrief.metrics.fundamentals.CompanyFundamentals;
import io.capbrief.metrics.fundamentals.TtmDeriver;
import io.capbrief.model.CompanyFact;

import org.junit.jupiter.api.Test;

class FundamentalsMemoTest {

    private final TtmDeriver ttm = new TtmDeriver();

    // FY2024 (to 2024-06-30) net income 100, filed 2024-08-20; FY2025 net income 120, filed 2025-08-20
    private final List<CompanyFact> facts = List.of(
            annual(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30), 100, LocalDate.of(2024, 8, 20)),
            annual(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30), 120, LocalDate.of(2025, 8, 20)));

    @Test
    void keepsTheFundamentalsWhileTheKnownFactsAreTheSameAndReworksOnlyTheirStaleness() {
        FundamentalsMemo memo = new FundamentalsMemo();
        List<CompanyFact> first = facts.subList(0, 1);

        CompanyFundamentals august = memo.derive("AAA", first, LocalDate.of(2024, 8, 30), ttm);
        // 2025-01-31 is 215 days after 2024-06-30: more than 200, stale, as a fresh derivation says
        CompanyFundamentals january = memo.derive("AAA", first, LocalDate.of(2025, 1, 31), ttm);

        assertThat(august.netIncome()).isEqualTo(100.0);
        assertThat(august.stale()).isFalse();
        assertThat(january).isEqualTo(ttm.derive(first, LocalDate.of(2025, 1, 31)));
        assertThat(january.stale()).isTrue();
    }

    @Test
    void derivesAgainOnceANewFilingIsKnown() {
        FundamentalsMemo memo = new FundamentalsMemo();
        memo.derive("AAA", facts.subList(0, 1), LocalDate.of(2025, 7, 25), ttm);

        CompanyFundamentals september = memo.derive("AAA", facts, LocalDate.of(2025, 9, 26), ttm);

        assertThat(september.netIncome()).isEqualTo(120.0);
        assertThat(september.stale()).isFalse();
    }

    private static CompanyFact annual(LocalDate start, LocalDate end, double value, LocalDate filed) {
        return new CompanyFact("0000000001", "us-gaap", "NetIncomeLoss", "USD", start, end, value, end.getYear(), "FY",
                "10-K", filed);
    }
}
