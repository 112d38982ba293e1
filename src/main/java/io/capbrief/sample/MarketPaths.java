package io.capbrief.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * The synthetic index and yield paths the landing zone writes, built once: the company closes follow the
 * same Russell 2000 and S&P 500 paths, so a constituent moves with the index the briefing reports.
 */
final class MarketPaths {

    static final long SEED = 20241122L;

    private MarketPaths() {
    }

    static SyntheticPath rut() {
        return Built.RUT;
    }

    static SyntheticPath sp500() {
        return Built.SP500;
    }

    static SyntheticPath nasdaq() {
        return Built.NASDAQ;
    }

    static SyntheticPath dgs10() {
        return Built.DGS10;
    }

    /** The path's value on {@code day} (its last trading day on or before) over its value at W. */
    static double ratioToW(SyntheticPath path, LocalDate day) {
        return path.values().floorEntry(day).getValue() / path.values().floorEntry(SampleUniverse.W).getValue();
    }

    /** Built on first use; each series has its own seed so retuning one leaves the others' bytes unchanged. */
    private static final class Built {
        private static final List<LocalDate> STOCK_DAYS =
                TradingCalendar.equities().tradingDays(SampleLandingZone.FIRST_DAY, SampleLandingZone.LAST_DAY);
        private static final List<LocalDate> BOND_DAYS =
                TradingCalendar.treasuries().tradingDays(SampleLandingZone.FIRST_DAY, SampleLandingZone.LAST_DAY);
        private static final double RUT_RECORD =
                SampleHistory.RUT.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        static final SyntheticPath RUT =
                SyntheticPath.bridge(STOCK_DAYS, SampleHistory.RUT, 0.013, RUT_RECORD * 0.995, SEED + 1);
        static final SyntheticPath SP500 =
                SyntheticPath.bridge(STOCK_DAYS, SampleHistory.SP500, 0.010, Double.POSITIVE_INFINITY, SEED + 2);
        static final SyntheticPath NASDAQ =
                SyntheticPath.bridge(STOCK_DAYS, SampleHistory.NASDAQ, 0.012, Double.POSITIVE_INFINITY, SEED + 3);
        static final SyntheticPath DGS10 =
                SyntheticPath.bridge(BOND_DAYS, SampleHistory.DGS10, 0.015, Double.POSITIVE_INFINITY, SEED + 4);
    }
}
