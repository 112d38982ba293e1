package io.capbrief.sample;

import java.util.Random;

/** Draws a new company's identity (sector, name, ticker, exchange, fiscal year end) with each index's sector mix. */
final class CompanyIdentities {

    private static final String[] SECTORS = {
            "Financials", "Health Care", "Industrials", "Information Technology", "Consumer Discretionary",
            "Real Estate", "Energy", "Materials", "Consumer Staples", "Utilities", "Communication"};
    private static final double[] SMALL_SECTOR_SHARES = {21, 20, 13, 11, 10, 5.5, 5.5, 4, 3, 1.6, 4};
    private static final double[] LARGE_SECTOR_SHARES = {14, 12, 15, 14, 10, 6, 4, 5, 7, 6, 7};

    private final CompanyNames names;
    private final int gridSize;
    private final int firstFiscalYear;

    CompanyIdentities(CompanyNames names, int gridSize, int firstFiscalYear) {
        this.names = names;
        this.gridSize = gridSize;
        this.firstFiscalYear = firstFiscalYear;
    }

    /** A company that joins on grid date {@code entry}, stays to the last and files from the first fiscal year. */
    SampleCompany next(boolean largeCap, Random random, int entry) {
        String sector = SECTORS[pickWeighted(largeCap ? LARGE_SECTOR_SHARES : SMALL_SECTOR_SHARES, random)];
        String stem = names.stem();
        String name = stem + " " + suffix(sector, random);
        String ticker = names.ticker(stem, largeCap && random.nextBoolean() ? 3 : 4);
        double u = random.nextDouble();
        String exchange = largeCap ? (u < 0.25 ? "NASDAQ" : "New York Stock Exchange Inc.")
                : u < 0.60 ? "NASDAQ" : u < 0.97 ? "New York Stock Exchange Inc." : "Nyse Mkt Llc";
        double fy = random.nextDouble();
        int fyEnd = sector.equals("Financials") || fy < 0.8 ? 12 : fy < 0.9 ? 6 : 9;
        SampleCompany c = new SampleCompany(largeCap, name, ticker, names.cik(), names.cusip(), names.sedol(),
                sector, exchange, fyEnd, random.nextDouble() < 0.4, random.nextDouble() < 0.25);
        c.entry = entry;
        c.exit = gridSize;
        c.firstFiscalYear = firstFiscalYear;
        return c;
    }

    private static String suffix(String sector, Random random) {
        String[] options = switch (sector) {
            case "Financials" -> new String[]{"Bancorp Inc.", "Financial Corp.", "Capital Group Inc.", "Bancshares Inc."};
            case "Health Care" -> new String[]{"Therapeutics Inc.", "Biosciences Inc.", "Medical Corp.", "Health Inc."};
            case "Real Estate" -> new String[]{"Realty Trust", "Properties Inc.", "REIT Inc."};
            case "Energy" -> new String[]{"Energy Inc.", "Resources Corp.", "Petroleum Corp."};
            case "Information Technology" -> new String[]{"Technologies Inc.", "Systems Inc.", "Software Corp."};
            case "Utilities" -> new String[]{"Power Co.", "Utilities Inc.", "Water Co."};
            default -> new String[]{"Holdings Inc.", "Inc.", "Corp.", "Group Inc.", "Brands Inc."};
        };
        return options[random.nextInt(options.length)];
    }

    private static int pickWeighted(double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
