package io.capbrief.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Random;

/** Draws a company's closes on the holdings grid: its index's path times an idiosyncratic walk that ends at W's price. */
final class PriceHistory {

    private PriceHistory() {
    }

    /** The closes indexed like {@code grid}, from a seed of the company's own. */
    static BigDecimal[] closes(SampleCompany c, long seed, List<LocalDate> grid, int wIndex) {
        Random r = new Random(seed ^ (c.cik * 0xC2B2AE3D27D4EB4FL));
        NavigableMap<LocalDate, Double> index = c.largeCap ? SampleHistory.SP500 : SampleHistory.RUT;
        BigDecimal[] prices = new BigDecimal[grid.size()];
        double idio = 0;
        for (int j = wIndex; j >= 0; j--) {
            prices[j] = new BigDecimal(Math.max(0.5, c.priceW * ratioToW(index, grid.get(j)) * StrictMath.exp(idio)))
                    .setScale(2, RoundingMode.HALF_UP);
            idio += 0.12 * r.nextGaussian();
        }
        for (int j = wIndex + 1; j < grid.size(); j++) {
            double step = StrictMath.exp(0.05 * r.nextGaussian());
            prices[j] = new BigDecimal(c.priceW * ratioToW(index, grid.get(j)) * step).setScale(2, RoundingMode.HALF_UP);
        }
        prices[wIndex] = new BigDecimal(c.priceW).setScale(2, RoundingMode.HALF_UP);
        return prices;
    }

    /** The index's level on {@code day} over its level at W. */
    static double ratioToW(NavigableMap<LocalDate, Double> index, LocalDate day) {
        return index.floorEntry(day).getValue() / index.floorEntry(SampleUniverse.W).getValue();
    }
}
