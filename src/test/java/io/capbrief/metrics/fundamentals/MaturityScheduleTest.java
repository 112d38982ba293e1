package io.capbrief.metrics.fundamentals;

import static io.capbrief.metrics.fundamentals.Facts.instant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.capbrief.model.CompanyFact;
import io.capbrief.model.FundamentalsRow;

import org.junit.jupiter.api.Test;

class MaturityScheduleTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);
    private static final String Y1 = "LongTermDebtMaturitiesRepaymentsOfPrincipalInNextTwelveMonths";
    private static final String Y2 = "LongTermDebtMaturitiesRepaymentsOfPrincipalInYearTwo";
    private static final String Y3 = "LongTermDebtMaturitiesRepaymentsOfPrincipalInYearThree";
    private static final String Y4 = "LongTermDebtMaturitiesRepaymentsOfPrincipalInYearFour";
    private static final String Y5 = "LongTermDebtMaturitiesRepaymentsOfPrincipalInYearFive";
    private static final String AFTER5 = "LongTermDebtMaturitiesRepaymentsOfPrincipalAfterYearFive";

    private final TtmDeriver deriver = new TtmDeriver();

    private CompanyFundamentals derive(CompanyFact... facts) {
        return deriver.derive(List.of(facts), WEEK);
    }

    @Test
    void takesAllSixBucketsAtTheirCommonEnd() {
        CompanyFundamentals m = derive(instant(Y1, "2023-12-31", 10, "2024-02-20"), instant(Y2, "2023-12-31", 20, "2024-02-20"),
                instant(Y3, "2023-12-31", 30, "2024-02-20"), instant(Y4, "2023-12-31", 40, "2024-02-20"),
                instant(Y5, "2023-12-31", 50, "2024-02-20"), instant(AFTER5, "2023-12-31", 60, "2024-02-20"));

        MaturitySchedule s = m.maturitySchedule();
        assertThat(s.end()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(s.due()).containsExactly(10.0, 20.0, 30.0, 40.0, 50.0, 60.0);
        assertThat(s.total()).isEqualTo(210.0); // 10 + 20 + 30 + 40 + 50 + 60
        assertThat(s.lineage().facts()).hasSize(6);
    }

    @Test
    void takesTheLatestEndAmongTheSixAndCountsABucketWithNoValueThereAs0() {
        // FY2023 has all six; the half-year filing gives only year one and after five: E is 2024-06-30 for all six
        CompanyFundamentals m = derive(instant(Y1, "2023-12-31", 10, "2024-02-20"), instant(Y2, "2023-12-31", 20, "2024-02-20"),
                instant(Y3, "2023-12-31", 30, "2024-02-20"), instant(Y4, "2023-12-31", 40, "2024-02-20"),
                instant(Y5, "2023-12-31", 50, "2024-02-20"), instant(AFTER5, "2023-12-31", 60, "2024-02-20"),
                instant(Y1, "2024-06-30", 15, "2024-08-05"), instant(AFTER5, "2024-06-30", 70, "2024-08-05"));

        MaturitySchedule s = m.maturitySchedule();
        assertThat(s.end()).isEqualTo(LocalDate.of(2024, 6, 30));
        // years two to five have no value at 2024-06-30: 0, not their 2023-12-31 values 20, 30, 40, 50
        assertThat(s.due()).containsExactly(15.0, 0.0, 0.0, 0.0, 0.0, 70.0);
        assertThat(s.total()).isEqualTo(85.0); // 15 + 70
    }

    @Test
    void takesTheLatestEndEvenWhenOnlyALaterBucketHasIt() {
        // only year five is reported at 2024-06-30, so the 2023-12-31 buckets all count 0
        CompanyFundamentals m = derive(instant(Y1, "2023-12-31", 10, "2024-02-20"), instant(Y5, "2024-06-30", 50, "2024-08-05"));

        assertThat(m.maturitySchedule().end()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(m.maturitySchedule().due()).containsExactly(0.0, 0.0, 0.0, 0.0, 50.0, 0.0);
    }

    @Test
    void keepsTheScheduleWhenTheVendorFileFillsOtherFields() {
        CompanyFundamentals filed = derive(instant(Y1, "2023-12-31", 10, "2024-02-20"));
        FundamentalsRow vendor = new FundamentalsRow("KEEP", "Keep Co", "Industrials", 10.0, 5.0, 2.0, 400.0, 999.0, 3);

        CompanyFundamentals f = new VendorFundamentalsFill().fill(filed, vendor, LocalDate.of(2024, 11, 1), WEEK);

        assertThat(f.sharesOutstanding()).isEqualTo(40.0); // filled: 400 / 10
        assertThat(f.maturitySchedule()).isEqualTo(filed.maturitySchedule());
    }

    @Test
    void ignoresABucketFiledAfterTheWeek() {
        CompanyFundamentals m = derive(instant(Y1, "2023-12-31", 10, "2024-02-20"), instant(Y3, "2024-09-30", 30, "2024-12-05"));

        assertThat(m.maturitySchedule().end()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(m.maturitySchedule().due()).containsExactly(10.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void isEmptyWhenNoneOfTheSixIsPresent() {
        CompanyFundamentals m = derive(instant("LongTermDebt", "2023-12-31", 500, "2024-02-20"));

        assertThat(m.maturitySchedule()).isNull();
        assertThat(m.totalDebt()).isEqualTo(500.0);
    }
}
