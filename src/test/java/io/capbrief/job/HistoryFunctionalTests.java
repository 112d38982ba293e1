package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;

import io.capbrief.metrics.HistoryUpdater;
import io.capbrief.report.FiguresJsonWriter;
import io.capbrief.store.HistoryPointStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * History points end to end (METRICS.md section 8) on a three-company index computed by hand: each
 * month-end is what a briefing of that week knew, stored once, and recomputed only when a file
 * reaches back to it; a restatement filed after a point leaves the point as it was.
 */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:history;DB_CLOSE_DELAY=-1"})
class HistoryFunctionalTests {

    static final LocalDate AUG = LocalDate.of(2024, 8, 30);
    static final LocalDate SEP = LocalDate.of(2024, 9, 27);
    static final LocalDate OCT = LocalDate.of(2024, 10, 25);
    static final LocalDate WEEK = LocalDate.of(2024, 11, 22);

    @Autowired
    WeeklyBriefingLauncher launcher;

    @Autowired
    HistoryPointStore points;

    @Autowired
    HistoryUpdater updater;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path dir;

    /*
     * Holdings (prices from the files, no price source):
     *   2024-08-30  AAA 50% at 100, BBB 30% at 50, CCC 20% at 40
     *   2024-10-25  AAA 40% at 110, BBB 30% at 50, CCC 30% at 40
     * Estimates (NTM EPS):  2024-08-23  AAA 5, BBB -1, CCC 2;   2024-10-18  AAA 6, BBB -1, CCC 2
     * 10-Ks for 2023-07-01..2024-06-30 filed 2024-08-20: net income AAA 150, BBB -10, CCC 60.
     *
     * Points of the week 2024-11-22: the last Fridays of August, September and October.
     *   Aug 30 and Sep 27: 1 / (0.5 * 5/100 + 0.3 * -1/50 + 0.2 * 2/40) = 1 / 0.029 = 34.4827586
     *   Oct 25:            1 / (0.4 * 6/110 + 0.3 * -1/50 + 0.3 * 2/40) = 1 / 0.0308181818 = 32.4483776
     *   % unprofitable: BBB, 1 of 3
     * The week itself has Oct 25's inputs, 32.4483776: one point equal, none below, 100 * 0.5 / 3.
     *
     * Then AAA's companyfacts file is replaced by one that adds a 10-K/A filed 2024-10-01 restating net
     * income to -20: it reaches back to Oct 25 (2 of 3 unprofitable) and not to Aug 30 or Sep 27.
     */
    @Test
    void storesEachMonthEndAsItsWeekKnewItAndRecomputesOnlyWhatALaterFileReaches() throws IOException {
        // given
        Path manifest = universe("");

        // when
        WeekOutcome week = launcher.run(new WeekParameters(WEEK, manifest, dir.resolve("out")));

        // then
        assertThat(week.status()).as(week.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        NavigableMap<LocalDate, Map<String, Double>> history = points.pointsBefore(WEEK.plusYears(1));
        assertThat(history.keySet()).containsExactly(AUG, SEP, OCT);
        assertThat(history.get(AUG).get("RUSSELL_2000.fwd_pe")).isCloseTo(34.4827586, within(1e-6));
        assertThat(history.get(SEP).get("RUSSELL_2000.fwd_pe")).isCloseTo(34.4827586, within(1e-6));
        assertThat(history.get(OCT).get("RUSSELL_2000.fwd_pe")).isCloseTo(32.4483776, within(1e-6));
        assertThat(history.values()).allSatisfy(f -> assertThat(f.get("RUSSELL_2000.pct_unprofitable"))
                .isCloseTo(1.0 / 3, within(1e-12)));
        // no S&P 500 holdings at all: its figures are absent from every point, never 0
        assertThat(history.values()).allSatisfy(f -> assertThat(f.get("SP_500.fwd_pe")).isNull());
        Map<String, Double> f = figures(week);
        assertThat(f.get("RUSSELL_2000.fwd_pe.history_pct")).isCloseTo(100 * 0.5 / 3, within(1e-9));
        // three months of history: no average can have 80% of its window
        assertThat(f).containsEntry("RUSSELL_2000.fwd_pe.avg_5y", null).containsEntry("RUSSELL_2000.fwd_pe.avg_10y", null);

        // given the restatement, and what the first run stored
        Map<LocalDate, Instant> computed = points.computed();
        Files.writeString(dir.resolve("sec/CIK0000000001.json"), ValuationFixtures.facts(1, Map.of(), 150, null, null,
                ",{\"start\":\"2023-07-01\",\"end\":\"2024-06-30\",\"val\":-20,\"fy\":2024,\"fp\":\"FY\",\"form\":\"10-K/A\",\"filed\":\"2024-10-01\"}"));

        // when the next week runs (its points are the same three months)
        WeekOutcome next = launcher.run(new WeekParameters(WEEK.plusWeeks(1), manifest, dir.resolve("out")));

        // then
        assertThat(next.status()).as(next.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        history = points.pointsBefore(WEEK.plusYears(1));
        assertThat(history.get(OCT).get("RUSSELL_2000.pct_unprofitable")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(points.computed().get(OCT)).isAfter(computed.get(OCT));
        // filed after them, the restatement changes neither earlier point: not even recomputed
        assertThat(history.get(AUG).get("RUSSELL_2000.pct_unprofitable")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(history.get(SEP).get("RUSSELL_2000.pct_unprofitable")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(points.computed().get(AUG)).isEqualTo(computed.get(AUG));
        assertThat(points.computed().get(SEP)).isEqualTo(computed.get(SEP));

        // and with nothing new loaded, a third pass computes nothing
        assertThat(updater.update(WEEK.plusWeeks(1)).computed()).isZero();

        // a step that fails after its history points were computed (its transaction rolled back) keeps them
        points.deleteFrom(AUG);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            updater.update(WEEK);
            status.setRollbackOnly();
        });
        assertThat(points.computed().keySet()).containsExactly(AUG, SEP, OCT);
    }

    private static Map<String, Double> figures(WeekOutcome outcome) throws IOException {
        return FiguresJsonWriter.figures(Files.readString(outcome.versionDir().resolve("figures.json")));
    }

    private Path universe(String restatement) throws IOException {
        return ValuationFixtures.twoHoldingsUniverse(dir, restatement);
    }
}
