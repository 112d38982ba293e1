package io.capbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.capbrief.metrics.fundamentals.CompanyFundamentals;
import io.capbrief.metrics.fundamentals.CompanyMetricsCalculator;
import io.capbrief.metrics.fundamentals.Constituent;
import io.capbrief.metrics.fundamentals.Fundamental;
import io.capbrief.model.IndexCode;

import org.junit.jupiter.api.Test;

class ImplausibleMaturitiesTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);

    private static Constituent company(String ticker, double totalDebt, double due12, double due2) {
        Map<Fundamental, Double> v = new EnumMap<>(Fundamental.class);
        v.put(Fundamental.TOTAL_DEBT, totalDebt);
        v.put(Fundamental.DEBT_DUE_12_MONTHS, due12);
        v.put(Fundamental.DEBT_DUE_YEAR_TWO, due2);
        CompanyFundamentals f = CompanyFundamentals.of(v, null, false, List.of(), Map.of());
        return new Constituent(ticker, "Industrials", 0.25, new CompanyMetricsCalculator().compute(f, WEEK, null, null, 4.41), f);
    }

    @Test
    void namesTheCompaniesWithMoreDebtDueInTwoYearsThanTotalDebt() {
        // (30 + 20) / 40 = 125% and (100 + 10) / 100 = 110% are implausible; (50 + 50) / 100 = 100% is not
        List<Constituent> index = List.of(company("AAA", 40, 30, 20), company("BBB", 100, 50, 50),
                company("CCC", 100, 100, 10), company("DDD", 1000, 10, 10));

        DataNote note = ValuationNotes.implausibleMaturities(IndexCode.RUSSELL_2000, index).orElseThrow();

        assertThat(note.problem()).isEqualTo("2 of 4 constituents have more debt due within two years than total debt "
                + "(AAA, CCC): total debt may come from too few concepts");
    }

    @Test
    void saysNothingWhenMaturitiesFitInTheDebt() {
        assertThat(ValuationNotes.implausibleMaturities(IndexCode.SP_500, List.of(company("DDD", 1000, 10, 10))))
                .isEmpty();
    }
}
