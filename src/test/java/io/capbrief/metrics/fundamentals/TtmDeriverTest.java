package io.capbrief.metrics.fundamentals;

import static io.capbrief.metrics.fundamentals.Facts.duration;
import static io.capbrief.metrics.fundamentals.Facts.instant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.capbrief.model.CompanyFact;

import org.junit.jupiter.api.Test;

class TtmDeriverTest {

    private final TtmDeriver deriver = new TtmDeriver();

    private CompanyFundamentals derive(LocalDate week, CompanyFact... facts) {
        return deriver.derive(List.of(facts), week);
    }

    @Test
    void takesTheLatestFiscalYearAsTheTtmOfAnAnnualOnlyCompany() {
        CompanyFact fy2022 = duration("Revenues", "2022-01-01", "2022-12-31", 900, "2023-02-20");
        CompanyFact fy2023 = duration("Revenues", "2023-01-01", "2023-12-31", 1000, "2024-02-20"); // 365 days: rule 1

        CompanyFundamentals f = derive(LocalDate.of(2024, 5, 3), fy2022, fy2023);

        assertThat(f.revenue()).isEqualTo(1000.0);
        assertThat(f.lineage(Fundamental.REVENUE)).isEqualTo(new Lineage("Revenues", List.of(fy2023), Ttm.FISCAL_YEAR));
        assertThat(f.latestTtmEnd()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(f.stale()).isFalse(); // 2023-12-31 to 2024-05-03 is 124 days
    }

    /** Fiscal year ends in June: FY2024 = 2023-07-01..2024-06-30 (366 days). */
    private static final CompanyFact JUNE_FY2024 = duration("Revenues", "2023-07-01", "2024-06-30", 400, "2024-08-20");
    private static final CompanyFact JUNE_Q1_FY2024 = duration("Revenues", "2023-07-01", "2023-09-30", 85, "2023-11-05");
    private static final CompanyFact JUNE_H1_FY2024 = duration("Revenues", "2023-07-01", "2023-12-31", 180, "2024-02-05");
    private static final CompanyFact JUNE_Q1_FY2025 = duration("Revenues", "2024-07-01", "2024-09-30", 110, "2024-11-05");
    private static final CompanyFact JUNE_H1_FY2025 = duration("Revenues", "2024-07-01", "2024-12-31", 230, "2025-02-05");
    private static final CompanyFact JUNE_Q2_FY2025 = duration("Revenues", "2024-10-01", "2024-12-31", 120, "2025-02-05");

    @Test
    void addsTheYearToDateAndSubtractsThePriorYearToDateForAJuneFiscalYear() {
        CompanyFact[] facts = {JUNE_Q1_FY2024, JUNE_H1_FY2024, JUNE_FY2024, JUNE_Q1_FY2025, JUNE_H1_FY2025, JUNE_Q2_FY2025};

        // L = H1 FY2025 (184 days, the longer of the two periods ending 2024-12-31), A = FY2024 ending
        // the day before L starts, P = H1 FY2024: 400 + 230 - 180 = 450
        CompanyFundamentals february = derive(LocalDate.of(2025, 2, 14), facts);
        // a week in November knows only Q1 FY2025: L = Q1 (92 days), P = Q1 FY2024: 400 + 110 - 85 = 425
        CompanyFundamentals november = derive(LocalDate.of(2024, 11, 15), facts);

        assertThat(february.revenue()).isEqualTo(450.0);
        assertThat(february.lineage(Fundamental.REVENUE))
                .isEqualTo(new Lineage("Revenues", List.of(JUNE_FY2024, JUNE_H1_FY2025, JUNE_H1_FY2024), Ttm.YEAR_TO_DATE));
        assertThat(february.latestTtmEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(november.revenue()).isEqualTo(425.0);
        assertThat(november.latestTtmEnd()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void toleratesUpTo7DaysBetweenAYearToDateAndItsPriorYearIn52WeekYears() {
        CompanyFact a = duration("Revenues", "2023-01-29", "2024-02-03", 1000, "2024-03-20"); // 371 days, 53 weeks
        CompanyFact l = duration("Revenues", "2024-02-04", "2024-05-04", 300, "2024-06-05");  // 91 days; A ends 1 day before
        // L minus one year is 2023-02-04..2023-05-04: this starts 6 days and ends 5 days off
        CompanyFact p = duration("Revenues", "2023-01-29", "2023-04-29", 260, "2023-06-05");
        // starts 8 days off: not the prior year
        CompanyFact tooFar = duration("Revenues", "2023-01-27", "2023-04-27", 260, "2023-06-05");
        LocalDate week = LocalDate.of(2024, 6, 7);

        assertThat(derive(week, a, l, p).revenue()).isEqualTo(1040.0); // 1000 + 300 - 260
        assertThat(derive(week, a, l, tooFar).revenue()).isNull();      // and no four quarters either: rule 4
    }

    private static final CompanyFact Q4_2023 = duration("OperatingIncomeLoss", "2023-10-01", "2023-12-31", 100, "2024-02-10");
    private static final CompanyFact Q1_2024 = duration("OperatingIncomeLoss", "2024-01-01", "2024-03-31", 110, "2024-05-05");
    private static final CompanyFact Q2_2024 = duration("OperatingIncomeLoss", "2024-04-01", "2024-06-30", 120, "2024-08-05");
    private static final CompanyFact Q3_2024 = duration("OperatingIncomeLoss", "2024-07-01", "2024-09-30", 130, "2024-11-05");

    @Test
    void sumsFourQuartersTilingTheYearForAQuartersOnlyCompany() {
        CompanyFundamentals f = derive(LocalDate.of(2024, 11, 15), Q4_2023, Q1_2024, Q2_2024, Q3_2024);

        // no fiscal-year fact, so rule 2 cannot apply; 2023-10-01..2024-09-30 is 366 days: 100 + 110 + 120 + 130 = 460
        assertThat(f.ebit()).isEqualTo(460.0);
        assertThat(f.lineage(Fundamental.EBIT))
                .isEqualTo(new Lineage("OperatingIncomeLoss", List.of(Q4_2023, Q1_2024, Q2_2024, Q3_2024), Ttm.FOUR_QUARTERS));
    }

    @Test
    void leavesTheTtmEmptyWhenAQuarterIsMissing() {
        CompanyFundamentals f = derive(LocalDate.of(2024, 11, 15), Q4_2023, Q2_2024, Q3_2024);

        assertThat(f.ebit()).isNull();
        assertThat(f.lineage(Fundamental.EBIT)).isNull();
        assertThat(f.latestTtmEnd()).isNull();
        assertThat(f.stale()).isFalse();
    }

    private static final CompanyFact ORIGINAL = duration("NetIncomeLoss", "2023-01-01", "2023-12-31", 1000, "2024-02-20");

    @Test
    void ignoresARestatementFiledAfterTheWeekAndUsesItForALaterWeek() {
        CompanyFact restated = duration("NetIncomeLoss", "2023-01-01", "2023-12-31", 1100, "2024-12-02");

        assertThat(derive(LocalDate.of(2024, 11, 22), ORIGINAL, restated).netIncome()).isEqualTo(1000.0);
        CompanyFundamentals later = derive(LocalDate.of(2024, 12, 6), ORIGINAL, restated);
        assertThat(later.netIncome()).isEqualTo(1100.0);
        assertThat(later.lineage(Fundamental.NET_INCOME).facts()).containsExactly(restated);
    }

    @Test
    void letsARestatementFiledBeforeTheWeekWinWhereverItIsInTheList() {
        CompanyFact restated = duration("NetIncomeLoss", "2023-01-01", "2023-12-31", 1100, "2024-05-01");

        assertThat(derive(LocalDate.of(2024, 11, 22), restated, ORIGINAL).netIncome()).isEqualTo(1100.0);
    }

    @Test
    void letsTheLastOneReadWinARestatementFiledTheSameDay() {
        CompanyFact sameDay = duration("NetIncomeLoss", "2023-01-01", "2023-12-31", 990, "2024-02-20");

        assertThat(derive(LocalDate.of(2024, 11, 22), ORIGINAL, sameDay).netIncome()).isEqualTo(990.0);
        assertThat(derive(LocalDate.of(2024, 11, 22), sameDay, ORIGINAL).netIncome()).isEqualTo(1000.0);
    }

    @Test
    void recordsTheFallbackConceptUsed() {
        CompanyFact revenue = duration("RevenueFromContractWithCustomerExcludingAssessedTax", "2023-01-01", "2023-12-31",
                750, "2024-02-20");

        CompanyFundamentals f = derive(LocalDate.of(2024, 5, 3), revenue);

        assertThat(f.revenue()).isEqualTo(750.0);
        assertThat(f.lineage(Fundamental.REVENUE).concept()).isEqualTo("RevenueFromContractWithCustomerExcludingAssessedTax");
    }

    @Test
    void keepsTheFirstConceptWithAnyFactEvenWhenItGivesNoTtm() {
        // Revenues is present (a lone half year: no A, no P, no quarters), so SalesRevenueNet is never tried
        CompanyFact half = duration("Revenues", "2024-01-01", "2024-06-30", 500, "2024-08-01");
        CompanyFact annual = duration("SalesRevenueNet", "2023-01-01", "2023-12-31", 900, "2024-02-20");

        assertThat(derive(LocalDate.of(2024, 8, 2), half, annual).revenue()).isNull();
    }

    @Test
    void takesAnInstantFieldFromItsLatestEndWhateverTheFilingOrder() {
        CompanyFact june = instant("CashAndCashEquivalentsAtCarryingValue", "2024-06-30", 50, "2024-08-01");
        CompanyFact december = instant("CashAndCashEquivalentsAtCarryingValue", "2023-12-31", 70, "2024-08-01");

        CompanyFundamentals f = derive(LocalDate.of(2024, 11, 22), june, december);

        assertThat(f.cash()).isEqualTo(50.0);
        assertThat(f.lineage(Fundamental.CASH)).isEqualTo(
                new Lineage("CashAndCashEquivalentsAtCarryingValue", List.of(june), "latest instant"));
    }

    @Test
    void sumsTotalDebtOption1AtTheLatestEndCountingAMissingPartAs0() {
        CompanyFact longTerm = instant("LongTermDebt", "2024-09-30", 500, "2024-11-05");
        CompanyFact shortTermEarlier = instant("ShortTermBorrowings", "2024-06-30", 40, "2024-08-05");
        CompanyFact option2Part = instant("LongTermDebtNoncurrent", "2024-09-30", 480, "2024-11-05");

        CompanyFundamentals f = derive(LocalDate.of(2024, 11, 22), longTerm, shortTermEarlier, option2Part);

        // E = 2024-09-30; ShortTermBorrowings has no value there: 500 + 0 = 500 (option 2 is never reached)
        assertThat(f.totalDebt()).isEqualTo(500.0);
        assertThat(f.lineage(Fundamental.TOTAL_DEBT)).isEqualTo(new Lineage("LongTermDebt + ShortTermBorrowings",
                List.of(longTerm), "option 1 at 2024-09-30, a part missing there counting 0"));
    }

    @Test
    void sumsBothOption1PartsWhenBothHaveAValueAtE() {
        CompanyFundamentals f = derive(LocalDate.of(2024, 11, 22),
                instant("LongTermDebt", "2024-09-30", 500, "2024-11-05"),
                instant("ShortTermBorrowings", "2024-09-30", 40, "2024-11-05"));

        assertThat(f.totalDebt()).isEqualTo(540.0); // 500 + 40
    }

    @Test
    void fallsBackToOption2AndThenOption3() {
        LocalDate week = LocalDate.of(2024, 11, 22);

        CompanyFundamentals option2 = derive(week,
                instant("LongTermDebtNoncurrent", "2024-09-30", 400, "2024-11-05"),
                instant("LongTermDebtCurrent", "2024-09-30", 60, "2024-11-05"),
                instant("LongTermDebtCurrent", "2024-06-30", 55, "2024-08-05"));
        CompanyFundamentals option3 = derive(week, instant("DebtCurrent", "2024-09-30", 75, "2024-11-05"));

        assertThat(option2.totalDebt()).isEqualTo(460.0); // 400 + 60 + no ShortTermBorrowings (0)
        assertThat(option2.lineage(Fundamental.TOTAL_DEBT).rule()).startsWith("option 2 at 2024-09-30");
        assertThat(option3.totalDebt()).isEqualTo(75.0);  // 75 + no LongTermDebtNoncurrent (0)
        assertThat(option3.lineage(Fundamental.TOTAL_DEBT).rule()).startsWith("option 3");
    }

    @Test
    void leavesTotalAndNetDebtEmptyWithoutAnyDebtPart() {
        CompanyFundamentals f = derive(LocalDate.of(2024, 11, 22),
                instant("CashAndCashEquivalentsAtCarryingValue", "2024-09-30", 80, "2024-11-05"));

        assertThat(f.totalDebt()).isNull();
        assertThat(f.netDebt()).isNull();
        assertThat(f.cash()).isEqualTo(80.0);
    }

    @Test
    void subtractsCashFromTotalDebtAndCountsMissingCashAs0() {
        CompanyFact debt = instant("LongTermDebt", "2024-09-30", 500, "2024-11-05");
        CompanyFact cash = instant("CashAndCashEquivalentsAtCarryingValue", "2024-09-30", 120, "2024-11-05");
        LocalDate week = LocalDate.of(2024, 11, 22);

        CompanyFundamentals withCash = derive(week, debt, cash);

        assertThat(withCash.netDebt()).isEqualTo(380.0); // 500 - 120
        assertThat(withCash.lineage(Fundamental.NET_DEBT).facts()).containsExactly(debt, cash);
        assertThat(derive(week, debt).netDebt()).isEqualTo(500.0); // 500 - 0
    }

    @Test
    void addsDAndAToEbitAndAllowsANegativeEbitda() {
        CompanyFact ebit = duration("OperatingIncomeLoss", "2023-01-01", "2023-12-31", -80, "2024-02-20");
        CompanyFact da = duration("DepreciationAndAmortization", "2023-01-01", "2023-12-31", 30, "2024-02-20");

        CompanyFundamentals f = derive(LocalDate.of(2024, 5, 3), ebit, da);

        assertThat(f.ebitda()).isEqualTo(-50.0); // -80 + 30
        assertThat(f.lineage(Fundamental.EBITDA).concept()).isEqualTo("(OperatingIncomeLoss) + (DepreciationAndAmortization)");
        assertThat(f.lineage(Fundamental.EBITDA).facts()).containsExactly(ebit, da);
    }

    @Test
    void leavesEbitdaEmptyWithoutDAndA() {
        CompanyFundamentals f = derive(LocalDate.of(2024, 5, 3),
                duration("OperatingIncomeLoss", "2023-01-01", "2023-12-31", 200, "2024-02-20"));

        assertThat(f.ebit()).isEqualTo(200.0);
        assertThat(f.ebitda()).isNull();
    }

    @Test
    void fallsBackFromCoverPageSharesToTheLatestDilutedWeightedAverage() {
        CompanyFact annual = duration("WeightedAverageNumberOfDilutedSharesOutstanding", "2023-01-01", "2023-12-31",
                10_000_000, "2024-02-20");
        CompanyFact q3 = duration("WeightedAverageNumberOfDilutedSharesOutstanding", "2024-07-01", "2024-09-30",
                10_400_000, "2024-11-05");
        CompanyFact cover = instant("EntityCommonStockSharesOutstanding", "2024-10-25", 10_500_000, "2024-11-05");
        LocalDate week = LocalDate.of(2024, 11, 22);

        assertThat(derive(week, annual, q3).sharesOutstanding()).isEqualTo(10_400_000.0); // latest end: Q3
        assertThat(derive(week, annual, q3, cover).sharesOutstanding()).isEqualTo(10_500_000.0);
    }

    @Test
    void marksACompanyStaleWhenItsLatestTtmEndsMoreThan200DaysBeforeTheWeek() {
        CompanyFact fy = duration("Revenues", "2023-04-01", "2024-03-31", 100, "2024-05-20");

        // 2024-03-31 + 200 days = 2024-10-17 (30 + 31 + 30 + 31 + 31 + 30 + 17)
        assertThat(derive(LocalDate.of(2024, 10, 17), fy).stale()).isFalse();
        assertThat(derive(LocalDate.of(2024, 10, 18), fy).stale()).isTrue();
        assertThat(derive(LocalDate.of(2024, 10, 18), fy).revenue()).isEqualTo(100.0); // figures kept
    }

    @Test
    void listsAnnualEbitAndInterestByFiscalYearLatestFirst() {
        List<CompanyFact> facts = new ArrayList<>(List.of(
                duration("OperatingIncomeLoss", "2021-01-01", "2021-12-31", 40, "2022-02-20"),
                duration("OperatingIncomeLoss", "2022-01-01", "2022-12-31", 50, "2023-02-20"),
                duration("OperatingIncomeLoss", "2023-01-01", "2023-12-31", 60, "2024-02-20"),
                duration("OperatingIncomeLoss", "2024-01-01", "2024-03-31", 20, "2024-05-05"), // a quarter: not annual
                duration("InterestExpense", "2022-01-01", "2022-12-31", 70, "2023-02-20"),
                duration("InterestExpense", "2023-01-01", "2023-12-31", 75, "2024-02-20")));

        CompanyFundamentals f = deriver.derive(facts, LocalDate.of(2024, 11, 22));

        assertThat(f.fiscalYears()).containsExactly(
                new FiscalYear(LocalDate.of(2023, 12, 31), 60, 75.0),
                new FiscalYear(LocalDate.of(2022, 12, 31), 50, 70.0),
                new FiscalYear(LocalDate.of(2021, 12, 31), 40, null));
    }
}
