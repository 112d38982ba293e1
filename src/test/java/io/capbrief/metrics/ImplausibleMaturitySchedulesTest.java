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
import io.capbrief.metrics.fundamentals.Lineage;
import io.capbrief.metrics.fundamentals.MaturitySchedule;
import io.capbrief.model.IndexCode;

import org.junit.jupiter.api.Test;

class ImplausibleMaturitySchedulesTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);

    private static Constituent company(String ticker, double totalDebt, Double... due) {
        Map<Fundamental, Double> v = new EnumMap<>(Fundamental.class);
        v.put(Fundamental.TOTAL_DEBT, totalDebt);
        MaturitySchedule schedule = new MaturitySchedule(LocalDate.of(2023, 12, 31), List.of(due),
                new Lineage("fixture", List.of(), "fixture"));
        CompanyFundamentals f = CompanyFundamentals.of(v, schedule, null, false, List.of(), Map.of());
        return new Constituent(ticker, "Industrials", 0.25, new CompanyMetricsCalculator().compute(f, WEEK, null, null, 4.41), f);
    }

    @Test
    void namesTheCompaniesWhoseSixBucketsSumAboveTotalDebt() {
        // 10 + 10 + 20 + 20 + 20 + 40 = 120 > 100 and 5 + 5 + 0 + 0 + 0 + 40 = 50 > 40 are implausible;
        // 20 * 5 = 100 = 100 is not; the near-term check alone would miss AAA and CCC (20 / 100 and 10 / 40)
        List<Constituent> index = List.of(company("AAA", 100, 10.0, 10.0, 20.0, 20.0, 20.0, 40.0),
                company("BBB", 100, 20.0, 20.0, 20.0, 20.0, 20.0, 0.0),
                company("CCC", 40, 5.0, 5.0, 0.0, 0.0, 0.0, 40.0), company("DDD", 1000, 10.0, 10.0, 0.0, 0.0, 0.0, 0.0));

        DataNote note = ValuationNotes.implausibleMaturitySchedules(IndexCode.RUSSELL_2000, index).orElseThrow();

        assertThat(note.problem()).isEqualTo("2 of 4 constituents have debt maturities summing above total debt "
                + "(AAA, CCC): total debt may come from too few concepts");
        assertThat(note.action()).isEqualTo("figures kept as defined; check the filings' debt concepts");
    }

    @Test
    void saysNothingWhenTheSchedulesFitInTheDebt() {
        assertThat(ValuationNotes.implausibleMaturitySchedules(IndexCode.SP_500,
                List.of(company("DDD", 1000, 10.0, 10.0, 0.0, 0.0, 0.0, 0.0)))).isEmpty();
    }
}
