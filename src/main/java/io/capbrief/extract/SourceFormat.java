package io.capbrief.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.capbrief.model.CompanyIndustry;

/** The file formats the manifest's {@code format:} accepts, each with its reader and what an entry must name. */
public enum SourceFormat {
    FRED_CSV("fred-csv", Target.INDEX_OR_SERIES) {
        @Override
        public ExtractedFile read(Path file, String target, LocalDate asOf) {
            SeriesFile series = new FredCsvReader().read(file, target);
            return new ExtractedFile(null, series.observations(), series.rejected());
        }
    },
    PRICE_CSV("price-csv", Target.INDEX_OR_SERIES) {
        @Override
        public ExtractedFile read(Path file, String target, LocalDate asOf) {
            SeriesFile series = new PriceCsvReader().read(file, target);
            return new ExtractedFile(null, series.observations(), series.rejected());
        }
    },
    ISHARES_HOLDINGS_CSV("ishares-holdings-csv", Target.INDEX) {
        @Override
        public ExtractedFile read(Path file, String target, LocalDate asOf) {
            HoldingsFile holdings = new IsharesHoldingsCsvReader().read(file);
            return new ExtractedFile(holdings.asOf(), holdings.equities(), holdings.rejected());
        }
    },
    SPDR_HOLDINGS_XLSX("spdr-holdings-xlsx", Target.INDEX) {
        @Override
        public ExtractedFile read(Path file, String target, LocalDate asOf) {
            HoldingsFile holdings = new SpdrHoldingsXlsxReader().read(file);
            return new ExtractedFile(holdings.asOf(), holdings.equities(), holdings.rejected());
        }
    },
    SEC_COMPANYFACTS_JSON("sec-companyfacts-json", Target.NONE) {
        @Override
        public ExtractedFile read(Path file, String target, LocalDate asOf) {
            CompanyFacts facts = new SecCompanyFactsReader().read(file);
            return new ExtractedFile(null, facts.facts(), facts.rejected());
        }
    },
    /** SEC's nightly bulk companyfacts, read from the zip a company at a time, only the constituents. */
    SEC_COMPANYFACTS_ZIP("sec-companyfacts-zip", Target.NONE) {
        @Override
        public ExtractedFile read(Path file, String target, LocalDate asOf) {
            return new SecCompanyFactsZipReader().readAll(file);
        }

        @Override
        public ExtractedParts readParts(Path file, String target, LocalDate asOf, Supplier<? extends Set<String>> constituents) {
            Set<String> wanted = constituents.get();
            return new SecCompanyFactsZipReader().read(file, wanted::contains);
        }
    },
    SEC_COMPANY_TICKERS_JSON("sec-company-tickers-json", Target.NONE) {
        @Override
        public ExtractedFile read(Path file, String target, LocalDate asOf) {
            return new ExtractedFile(null, new SecCompanyTickersReader().read(file), List.of());
        }
    },
    SEC_SUBMISSIONS_JSON("sec-submissions-json", Target.NONE) {
        @Override
        public ExtractedFile read(Path file, String target, LocalDate asOf) {
            CompanyIndustry industry = new SecSubmissionsReader().read(file);
            return new ExtractedFile(null, industry == null ? List.of() : List.of(industry), List.of());
        }
    },
    FUNDAMENTALS_CSV("fundamentals-csv", Target.AS_OF) {
        @Override
        public ExtractedFile read(Path file, String target, LocalDate asOf) {
            FundamentalsFile fundamentals = new FundamentalsCsvReader().read(file);
            return new ExtractedFile(asOf, fundamentals.rows(), fundamentals.rejected());
        }
    },
    ESTIMATES_CSV("estimates-csv", Target.NONE) {
        @Override
        public ExtractedFile read(Path file, String target, LocalDate asOf) {
            EstimatesFile estimates = new EstimatesCsvReader().read(file);
            return new ExtractedFile(null, estimates.rows(), estimates.rejected());
        }
    },
    TICKER_PRICES_CSV("ticker-prices-csv", Target.NONE) {
        @Override
        public ExtractedFile read(Path file, String target, LocalDate asOf) {
            TickerPricesCsvReader.TickerPrices prices = new TickerPricesCsvReader().read(file);
            return new ExtractedFile(null, prices.prices(), prices.rejected());
        }
    },
    EARNINGS_CALENDAR_JSON("earnings-calendar-json", Target.NONE) {
        @Override
        public ExtractedFile read(Path file, String target, LocalDate asOf) {
            EarningsCalendarJsonReader.EarningsCalendar calendar = new EarningsCalendarJsonReader().read(file);
            return new ExtractedFile(asOf, calendar.estimates(), calendar.rejected());
        }
    };

    /** What a manifest entry of the format must say about where its rows go. */
    public enum Target {
        /** {@code index:} for index closes or {@code series:} for a rate, exactly one. */
        INDEX_OR_SERIES,
        /** {@code index:} the holdings are that index's constituents. */
        INDEX,
        /** {@code asOf:} the date the file speaks for (it carries none itself). */
        AS_OF,
        /** nothing: the rows say which company they are about. */
        NONE
    }

    private final String id;
    private final Target target;

    SourceFormat(String id, Target target) {
        this.id = id;
        this.target = target;
    }

    public String id() {
        return id;
    }

    public Target target() {
        return target;
    }

    /**
     * @param target the series a price or FRED file's observations belong to
     * @param asOf the manifest's date for a file that carries none
     */
    public abstract ExtractedFile read(Path file, String target, LocalDate asOf);

    /**
     * The file's records part by part: the whole file as one part, but for SEC's bulk zip, whose companies are read
     * one at a time and only those among the constituents.
     *
     * @param constituents the CIKs of the index constituents, asked for only by a format that needs them
     */
    public ExtractedParts readParts(Path file, String target, LocalDate asOf, Supplier<? extends Set<String>> constituents) {
        return ExtractedParts.of(read(file, target, asOf));
    }

    public static SourceFormat of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + id + "', expected one of "
                        + Arrays.stream(values()).map(SourceFormat::id).toList()));
    }
}
