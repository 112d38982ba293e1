package io.capbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.capbrief.model.CompanyFact;
import io.capbrief.model.EstimateRow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** "As known at" reads week after week, as a backfill makes them: later filings appear, a new load is seen at once. */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:fact-store;DB_CLOSE_DELAY=-1"})
class CompanyFactStoreTest {

    private static final String CIK = "0000000777";
    private static final String OTHER_CIK = "0000000888";

    @Autowired
    SourceLoadStore loads;

    @Autowired
    CompanyFactStore facts;

    @Autowired
    EstimateStore estimates;

    @Test
    void aLaterWeekSeesTheFilingsMadeSinceAndANewLoadAtOnce() {
        // given: FY2023 revenue 100 filed 2024-02-20, its Q1 2024 10-Q (25) filed 2024-05-06
        long first = load("first");
        facts.insert(first, 0, List.of(revenue(100, LocalDate.of(2024, 2, 20)), quarter(25, LocalDate.of(2024, 5, 6))));
        loads.commit(first);

        // when / then: week by week, each filing appears in the week it was filed, in filing order
        assertThat(values(LocalDate.of(2024, 2, 16))).isEmpty();
        assertThat(values(LocalDate.of(2024, 2, 23))).containsExactly(100.0);
        assertThat(values(LocalDate.of(2024, 5, 3))).containsExactly(100.0);
        assertThat(values(LocalDate.of(2024, 5, 10))).containsExactly(100.0, 25.0);

        // a restatement of FY2023 (90) filed 2024-03-01, loaded after those weeks were read
        long second = load("second");
        facts.insert(second, 0, List.of(revenue(90, LocalDate.of(2024, 3, 1))));
        loads.commit(second);

        // filing order: 100 (02-20), 90 (03-01), 25 (05-06)
        assertThat(values(LocalDate.of(2024, 5, 17))).containsExactly(100.0, 90.0, 25.0);
        // and an earlier week again
        assertThat(values(LocalDate.of(2024, 3, 1))).containsExactly(100.0, 90.0);
    }

    @Test
    void anEarlierWeekAskedAfterALaterOneSeesOnlyWhatWasFiledByThenAndTheWeeksAfterItAddUp() {
        // given: a backfill's first week comes after a weekly run has read a later week; FY2023
        // revenue 200 filed 2021-02-19, restated 180 on 2021-03-05, a Q1 10-Q (50) filed 2021-05-07
        long load = load("backfill");
        facts.insert(load, 0, List.of(fact(OTHER_CIK, 200, LocalDate.of(2021, 2, 19)),
                fact(OTHER_CIK, 180, LocalDate.of(2021, 3, 5)), fact(OTHER_CIK, 50, LocalDate.of(2021, 5, 7))));
        loads.commit(load);
        assertThat(values(OTHER_CIK, LocalDate.of(2021, 5, 14))).containsExactly(200.0, 180.0, 50.0);

        // when / then: the weeks of the backfill, oldest first
        assertThat(facts.knownAt(LocalDate.of(2021, 2, 12))).doesNotContainKey(OTHER_CIK);
        assertThat(values(OTHER_CIK, LocalDate.of(2021, 2, 19))).containsExactly(200.0);
        assertThat(values(OTHER_CIK, LocalDate.of(2021, 3, 5))).containsExactly(200.0, 180.0);
        assertThat(values(OTHER_CIK, LocalDate.of(2021, 4, 30))).containsExactly(200.0, 180.0);
        assertThat(values(OTHER_CIK, LocalDate.of(2021, 5, 7))).containsExactly(200.0, 180.0, 50.0);
    }

    @Test
    void aFactKeepsItsFormAndTheAccessionNumberOfItsFiling() {
        // given
        String cik = "0000000999";
        long load = load("accession");
        facts.insert(load, 0, List.of(new CompanyFact(cik, "us-gaap", "Revenues", "USD", LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), 100, 2023, "FY", "10-K", "0000000999-24-000007", LocalDate.of(2024, 2, 20))));
        loads.commit(load);

        // when
        CompanyFact read = facts.knownAt(LocalDate.of(2024, 2, 23)).get(cik).get(0);

        // then
        assertThat(read.form()).isEqualTo("10-K");
        assertThat(read.accn()).isEqualTo("0000000999-24-000007");
    }

    @Test
    void theLatestEstimateOfALaterWeekComesFromTheRowsDatedSince() {
        // given: consensus NTM EPS 1.10 as of 2024-03-29, 1.20 as of 2024-04-26
        long load = load("estimates");
        estimates.insert(load, List.of(estimate(LocalDate.of(2024, 3, 29), 1.10, 1), estimate(LocalDate.of(2024, 4, 26), 1.20, 2)));
        loads.commit(load);

        // when / then
        assertThat(estimates.latestKnownAt(LocalDate.of(2024, 3, 22))).doesNotContainKey("ZZZ");
        assertThat(estimates.latestKnownAt(LocalDate.of(2024, 4, 5)).get("ZZZ").ntmEps()).isEqualTo(1.10);
        assertThat(estimates.latestKnownAt(LocalDate.of(2024, 4, 26)).get("ZZZ").ntmEps()).isEqualTo(1.20);
        assertThat(estimates.latestKnownAt(LocalDate.of(2024, 4, 19)).get("ZZZ").ntmEps()).isEqualTo(1.10);
    }

    @Test
    void aWeekAndThirteenWeeksBeforeItAreEachAnsweredAsKnownWhenAskedInTurnWeekAfterWeek() {
        // given: YYY's NTM EPS 2.00 as of 2024-01-26, 2.10 as of 2024-02-02, 2.50 as of 2024-04-26, 2.60 as of 2024-05-03
        long load = load("two-dates");
        estimates.insert(load, List.of(estimate("YYY", LocalDate.of(2024, 1, 26), 2.00, 1),
                estimate("YYY", LocalDate.of(2024, 2, 2), 2.10, 2), estimate("YYY", LocalDate.of(2024, 4, 26), 2.50, 3),
                estimate("YYY", LocalDate.of(2024, 5, 3), 2.60, 4)));
        loads.commit(load);

        // when / then: as a backfill's valuations ask, the week, then 91 days before it, a week later the same
        assertThat(estimates.latestKnownAt(LocalDate.of(2024, 4, 26)).get("YYY").ntmEps()).isEqualTo(2.50);
        assertThat(estimates.latestKnownAt(LocalDate.of(2024, 1, 26)).get("YYY").ntmEps()).isEqualTo(2.00);
        assertThat(estimates.latestKnownAt(LocalDate.of(2024, 5, 3)).get("YYY").ntmEps()).isEqualTo(2.60);
        assertThat(estimates.latestKnownAt(LocalDate.of(2024, 2, 2)).get("YYY").ntmEps()).isEqualTo(2.10);
        assertThat(estimates.latestKnownAt(LocalDate.of(2024, 1, 19))).doesNotContainKey("YYY");
        assertThat(estimates.latestKnownAt(LocalDate.of(2024, 5, 10)).get("YYY").ntmEps()).isEqualTo(2.60);
    }

    private long load(String id) {
        return loads.startStaging(id, "test", id, "/nowhere/" + id, "%064d".formatted(id.hashCode() & 0xffff), null);
    }

    private List<Double> values(LocalDate week) {
        return values(CIK, week);
    }

    private List<Double> values(String cik, LocalDate week) {
        return facts.knownAt(week).getOrDefault(cik, List.of()).stream().map(CompanyFact::value).toList();
    }

    private static CompanyFact fact(String cik, double value, LocalDate filed) {
        return new CompanyFact(cik, "us-gaap", "Revenues", "USD", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                value, 2020, "FY", "10-K", filed);
    }

    private static CompanyFact revenue(double value, LocalDate filed) {
        return new CompanyFact(CIK, "us-gaap", "Revenues", "USD", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                value, 2023, "FY", "10-K", filed);
    }

    private static CompanyFact quarter(double value, LocalDate filed) {
        return new CompanyFact(CIK, "us-gaap", "Revenues", "USD", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31),
                value, 2024, "Q1", "10-Q", filed);
    }

    private static EstimateRow estimate(LocalDate asOf, double ntm, long line) {
        return estimate("ZZZ", asOf, ntm, line);
    }

    private static EstimateRow estimate(String ticker, LocalDate asOf, double ntm, long line) {
        return new EstimateRow(ticker, asOf, LocalDate.of(2024, 12, 31), 1.0, 1.3, ntm, 5, line);
    }
}
