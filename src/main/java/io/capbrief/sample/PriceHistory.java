package io.capbrief.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/** Draws a company's closes on the close dates: its index's path times an idiosyncratic walk that passes through W's price. */
final class PriceHistory {

    /** The walk's volatility per square root of a year: 0.12 over half a year, as on the old half-yearly grid. */
    private static final double IDIOSYNCRATIC_VOL = 0.17;

    private PriceHistory() {
    }

    /** The closes in cents, indexed like {@code days}, from a seed of the company's own; the close at W is {@code priceW}. */
    static long[] closes(SampleCompany c, long seed, List<LocalDate> days, int wIndex) {
        Random r = new Random(seed ^ (c.cik * 0xC2B2AE3D27D4EB4FL));
        SyntheticPath index = c.largeCap ? MarketPaths.sp500() : MarketPaths.rut();
        long[] cents = new long[days.size()];
        double idio = 0;
        for (int k = wIndex; k >= 0; k--) {
            cents[k] = cents(Math.max(0.5, c.priceW * MarketPaths.ratioToW(index, days.get(k)) * StrictMath.exp(idio)));
            if (k > 0) {
                idio += step(r, days.get(k - 1), days.get(k));
            }
        }
        idio = 0;
        for (int k = wIndex + 1; k < days.size(); k++) {
            idio += step(r, days.get(k - 1), days.get(k));
            cents[k] = cents(Math.max(0.5, c.priceW * MarketPaths.ratioToW(index, days.get(k)) * StrictMath.exp(idio)));
        }
        return cents;
    }

    private static double step(Random r, LocalDate from, LocalDate to) {
        return IDIOSYNCRATIC_VOL * StrictMath.sqrt(ChronoUnit.DAYS.between(from, to) / 365.25) * r.nextGaussian();
    }

    /** Rounded through the exact decimal of the double, so the cents never depend on Double.toString. */
    private static long cents(double price) {
        return new BigDecimal(price).setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
