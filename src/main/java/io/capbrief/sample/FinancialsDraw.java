package io.capbrief.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

/** Draws a company's own numbers for its profile, from a seed of its own so that one company's draws never shift another's. */
final class FinancialsDraw {

    private FinancialsDraw() {
    }

    /** Sets the price, shares, flows, balance sheet, noise, earnings yield and analyst count at W. */
    static void draw(SampleCompany c, long seed) {
        Random r = new Random(seed ^ (c.cik * 0x9E3779B97F4A7C15L));
        boolean big = c.largeCap;
        double marketCap = big ? clamp(35e9 * StrictMath.exp(1.1 * r.nextGaussian()), 6e9, 3.5e12)
                : clamp(1.0e9 * StrictMath.exp(0.9 * r.nextGaussian()), 0.12e9, 12e9);
        double price = big ? clamp(150 * StrictMath.exp(0.7 * r.nextGaussian()), 15, 2000)
                : clamp(25 * StrictMath.exp(0.9 * r.nextGaussian()), 1.2, 400);
        c.priceW = round2(price);
        c.sharesW = Math.rint(marketCap / c.priceW);
        double salesToCap = switch (c.profile) {
            case PROFITABLE -> (big ? 0.3 : 0.9) * StrictMath.exp(0.6 * r.nextGaussian());
            case ZOMBIE -> (big ? 0.6 : 1.0) * StrictMath.exp(0.5 * r.nextGaussian());
            case LOSS -> (big ? 0.4 : 0.25) * StrictMath.exp(0.9 * r.nextGaussian());
        };
        c.revenue = marketCap * salesToCap;
        c.margin = switch (c.profile) {
            case PROFITABLE -> big ? uniform(r, 0.08, 0.35) : uniform(r, 0.05, 0.22);
            case ZOMBIE -> uniform(r, 0.01, 0.06);
            case LOSS -> big ? -uniform(r, 0.03, 0.3) : -uniform(r, 0.05, 0.45);
        };
        c.daRatio = c.sector.equals("Real Estate") ? uniform(r, 0.15, 0.25) : uniform(r, 0.02, 0.08);
        c.growth = big ? uniform(r, 0.0, 0.09) : uniform(r, -0.02, 0.12);
        double rate = big ? uniform(r, 0.03, 0.055) : uniform(r, 0.055, 0.09);
        double ebit = c.revenue * c.margin;
        switch (c.profile) {
            case PROFITABLE -> {
                double coverage = big ? clamp(10 * StrictMath.exp(0.7 * r.nextGaussian()), 3, 80)
                        : clamp(3.5 * StrictMath.exp(0.6 * r.nextGaussian()), 1.9, 30);
                c.interestRef = ebit / coverage;
                c.debtRef = c.interestRef / rate;
            }
            case ZOMBIE -> {
                // below 0.7 so the lower rates up to 2021 (a small company's level 0.74) still leave coverage under 1
                c.interestRef = ebit / uniform(r, 0.35, 0.7);
                c.debtRef = c.interestRef / rate;
            }
            case LOSS -> {
                c.debtRef = c.revenue * uniform(r, 0.3, 1.5);
                c.interestRef = c.debtRef * rate;
            }
        }
        c.cashRef = c.profile == SampleCompany.Profile.LOSS ? marketCap * uniform(r, 0.1, 0.4)
                : c.revenue * (big ? uniform(r, 0.03, 0.15) : uniform(r, 0.03, 0.2));
        c.dueNext = uniform(r, 0.03, 0.25);
        c.dueYearTwo = uniform(r, 0.03, 0.2);
        for (int i = 0; i < c.yearNoise.length; i++) {
            c.yearNoise[i] = uniform(r, -0.03, 0.03);
            // bounded, so a profitable company's coverage never dips below 1 and a zombie's never reaches it
            c.marginNoise[i] = 1 + uniform(r, -0.05, 0.05);
        }
        double seasonTotal = 0;
        for (int k = 0; k < 4; k++) {
            c.season[k] = 1 + uniform(r, -0.03, 0.03);
            seasonTotal += c.season[k];
            c.cashWiggle[k] = 1 + uniform(r, -0.1, 0.1);
        }
        for (int k = 0; k < 4; k++) {
            c.season[k] *= 4 / seasonTotal;
        }
        c.earningsYield = c.negativeForward ? -(big ? uniform(r, 0.01, 0.05) : uniform(r, 0.02, 0.25))
                : switch (c.profile) {
                    case PROFITABLE -> (big ? 0.05 : 0.065) * StrictMath.exp((big ? 0.3 : 0.45) * r.nextGaussian());
                    case ZOMBIE -> uniform(r, 0.01, 0.05);
                    case LOSS -> uniform(r, 0.005, 0.04);
                };
        c.analysts = big ? 12 + r.nextInt(30) : 1 + r.nextInt(12);
    }

    /**
     * Sets the maturities after year two from a stream of the company's own, apart from {@link #draw}'s, so
     * that adding them shifted no earlier draw (every file the sample wrote before stays as it was); each
     * is a share of what the first two years leave, so the six together never exceed the debt.
     */
    static void drawLaterMaturities(SampleCompany c, long seed) {
        Random r = new Random(seed ^ (c.cik * 0xD6E8FEB86659FD93L));
        double rest = 1 - c.dueNext - c.dueYearTwo;
        c.dueYearThree = rest * uniform(r, 0.12, 0.22);
        c.dueYearFour = rest * uniform(r, 0.10, 0.20);
        c.dueYearFive = rest * uniform(r, 0.08, 0.18);
        c.dueAfterYearFive = rest * uniform(r, 0.15, 0.40);
    }

    /** Rounded through the exact decimal of the double, so the result never depends on Double.toString. */
    private static double round2(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static double uniform(Random r, double from, double to) {
        return from + (to - from) * r.nextDouble();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
