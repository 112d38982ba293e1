package io.capbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.capbrief.RealData;
import io.capbrief.extract.FredCsvReader;
import io.capbrief.extract.PriceCsvReader;
import io.capbrief.model.EventSpec;

import org.junit.jupiter.api.Test;

class IndexPerformanceCalculatorTest {

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);
    private static final EventSpec ELECTION = new EventSpec("us-election", LocalDate.of(2024, 11, 5), "US election");

    private final IndexPerformanceCalculator calculator = new IndexPerformanceCalculator();

    /** A small hand-made history: the record is in 2021, the week's Friday is a holiday-free day. */
    private static NavigableMap<LocalDate, Double> closes() {
        NavigableMap<LocalDate, Double> c = new TreeMap<>();
        c.put(LocalDate.of(2021, 11, 8), 250.0);   // record close
        c.put(LocalDate.of(2023, 11, 24), 100.0);  // outside the 52 weeks ending 2024-11-22 (starts 2023-11-24, exclusive)
        c.put(LocalDate.of(2023, 11, 27), 90.0);   // inside: the 52-week low
        c.put(LocalDate.of(2023, 12, 29), 160.0);  // last close of the previous year
        c.put(LocalDate.of(2024, 9, 30), 176.0);   // last close of the previous quarter
        c.put(LocalDate.of(2024, 10, 31), 180.0);  // last close of the previous month
        c.put(LocalDate.of(2024, 11, 5), 190.0);   // the event day
        c.put(LocalDate.of(2024, 11, 14), 196.0);  // Thursday; Friday 11-15 has no close, so close(W - 7) = 196
        c.put(LocalDate.of(2024, 11, 22), 200.0);  // the week's close
        c.put(LocalDate.of(2024, 11, 29), 400.0);  // after the week: never used
        return c;
    }

    @Test
    void computesEveryReturnFromTheCloseOnOrBeforeEachBaseDate() {
        IndexPerformance p = calculator.compute(closes(), WEEK, List.of(ELECTION));

        assertThat(p.closeDate()).isEqualTo(WEEK);
        assertThat(p.close()).isEqualTo(200.0);
        assertThat(p.return1w()).isCloseTo(200.0 / 196 - 1, within(1e-12)); // 0.020408...
        assertThat(p.returnMtd()).isCloseTo(0.111111111111, within(1e-9)); // 200 / 180 - 1
        assertThat(p.returnQtd()).isCloseTo(0.136363636364, within(1e-9)); // 200 / 176 - 1
        assertThat(p.returnYtd()).isCloseTo(0.25, within(1e-12));          // 200 / 160 - 1
        assertThat(p.eventReturns().get("us-election")).isCloseTo(0.052631578947, within(1e-9)); // 200 / 190 - 1
    }

    @Test
    void measuresTheRecordOverAllHistoryAndThe52WeekRangeOverTheLast364Days() {
        IndexPerformance p = calculator.compute(closes(), WEEK, List.of(ELECTION));

        assertThat(p.offHigh()).isCloseTo(-0.2, within(1e-12)); // 200 / 250 - 1
        assertThat(p.highDate()).isEqualTo(LocalDate.of(2021, 11, 8));
        assertThat(p.high52w()).isEqualTo(200.0);
        assertThat(p.low52w()).isEqualTo(90.0);
    }

    @Test
    void leavesAReturnEmptyWhenHistoryDoesNotReachItsBase() {
        NavigableMap<LocalDate, Double> shortHistory = new TreeMap<>(closes().tailMap(LocalDate.of(2024, 11, 1), true));

        IndexPerformance p = calculator.compute(shortHistory, WEEK, List.of(ELECTION));

        assertThat(p.returnYtd()).isNull();
        assertThat(p.returnMtd()).isNull();
        assertThat(p.return1w()).isCloseTo(200.0 / 196 - 1, within(1e-12));
    }

    @Test
    void leavesAnEventAfterTheWeekEmpty() {
        EventSpec later = new EventSpec("later", LocalDate.of(2024, 11, 25), "Later");

        IndexPerformance p = calculator.compute(closes(), WEEK, List.of(later));

        assertThat(p.eventReturns()).containsEntry("later", null);
    }

    @Test
    void givesEmptyFiguresForAnIndexWithNoHistory() {
        IndexPerformance p = calculator.compute(new TreeMap<>(), WEEK, List.of(ELECTION));

        assertThat(p.close()).isNull();
        assertThat(p.returnYtd()).isNull();
        assertThat(p.eventReturns()).containsEntry("us-election", null);
    }

    @Test
    void reproducesThePublicReportingForTheRealRussell2000() {
        NavigableMap<LocalDate, Double> rut = new TreeMap<>();
        new PriceCsvReader().read(RealData.file("index_prices/yahoo_RUT.csv"), "RUSSELL_2000").observations()
                .forEach(o -> rut.put(o.date(), o.value()));

        IndexPerformance p = calculator.compute(rut, WEEK, List.of(ELECTION));

        // 2406.669921875 / 2260.840087890625 - 1 = 0.064502498...
        assertThat(p.eventReturns().get("us-election")).isCloseTo(0.0645025, within(1e-6));
        // 2406.669921875 / 2027.0699462890625 (2023-12-29) - 1 = 0.187265356...
        assertThat(p.returnYtd()).isCloseTo(0.1872654, within(1e-6));
        // record 2442.739990234375 on 2021-11-08: 2406.669921875 / 2442.739990234375 - 1 = -0.014766...
        assertThat(p.offHigh()).isCloseTo(-0.0147662, within(1e-6));
        assertThat(p.highDate()).isEqualTo(LocalDate.of(2021, 11, 8));
    }

    @Test
    void reproducesThePublicReportingForTheRealSp500AndNasdaq() {
        NavigableMap<LocalDate, Double> spx = new TreeMap<>();
        new FredCsvReader().read(RealData.file("index_prices/fred_SP500__macro_monitor.csv"), "SP_500").observations()
                .forEach(o -> spx.put(o.date(), o.value()));
        NavigableMap<LocalDate, Double> ndq = new TreeMap<>();
        new FredCsvReader().read(RealData.file("index_prices/fred_NASDAQCOM__fred_relay_2023-08-15_on.csv"), "NASDAQ_COMPOSITE").observations()
                .forEach(o -> ndq.put(o.date(), o.value()));

        // 5969.34 / 4769.83 - 1 = 0.2514786; 19003.65 / 15011.35 - 1 = 0.2659521
        assertThat(calculator.compute(spx, WEEK, List.of()).returnYtd()).isCloseTo(0.2514786, within(1e-6));
        assertThat(calculator.compute(ndq, WEEK, List.of()).returnYtd()).isCloseTo(0.2659521, within(1e-6));
    }
}
