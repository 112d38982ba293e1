package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.capbrief.metrics.fundamentals.CompanyFundamentals;
import io.capbrief.metrics.fundamentals.CompanyMetrics;
import io.capbrief.metrics.fundamentals.CompanyMetricsCalculator;
import io.capbrief.metrics.fundamentals.Constituent;
import io.capbrief.metrics.fundamentals.EpsRevision;
import io.capbrief.metrics.fundamentals.Estimate;
import io.capbrief.metrics.fundamentals.IndexAggregates;
import io.capbrief.metrics.fundamentals.IndexAggregator;
import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.metrics.fundamentals.Screens;
import io.capbrief.metrics.fundamentals.TtmDeriver;
import io.capbrief.metrics.fundamentals.VendorFundamentalsFill;
import io.capbrief.model.CompanyFact;
import io.capbrief.model.EstimateRow;
import io.capbrief.model.FundamentalsRow;
import io.capbrief.model.HoldingRow;
import io.capbrief.model.IndexCode;
import io.capbrief.store.CompanyMasterStore;
import io.capbrief.store.CompanyPriceStore;
import io.capbrief.store.HoldingStore;

/**
 * Computes a week's company metrics, index and sector aggregates, history percentiles and screens
 * from the week's inputs (METRICS.md sections 3 to 6).
 */
final class ValuationCalculator {

    /** The EPS revision compares the week's NTM EPS with that of 13 weeks (91 days) before it. */
    static final int EPS_REVISION_DAYS = 91;

    private final double creditSpread;
    private final ScreenThresholds thresholds;
    private final TtmDeriver ttm = new TtmDeriver();
    private final VendorFundamentalsFill vendorFill = new VendorFundamentalsFill();
    private final CompanyMetricsCalculator companyMetrics = new CompanyMetricsCalculator();
    private final IndexAggregator aggregator = new IndexAggregator();

    private final double coverageFloor;

    /**
     * @param creditSpread added to the 10-year yield for the rate shock, in percentage points
     * @param coverageFloor the share of an index's weight under which an aggregate is "n.s." (METRICS.md section 9)
     */
    ValuationCalculator(double creditSpread, ScreenThresholds thresholds, double coverageFloor) {
        this.creditSpread = creditSpread;
        this.thresholds = thresholds;
        this.coverageFloor = coverageFloor;
    }

    Valuation compute(ValuationInputs inputs) {
        Companies companies = new Companies(inputs, new FundamentalsMemo(), true);
        Map<IndexCode, IndexValuation> indices = new EnumMap<>(IndexCode.class);
        List<DataNote> notes = new ArrayList<>();
        for (IndexCode index : IndexCode.values()) {
            indices.put(index, valuation(index, inputs, companies, notes));
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        indices.forEach((index, v) -> {
            figures.putAll(v.aggregates().figures(index.name()));
            figures.putAll(v.aggregates().debtProfileFigures(index.name()));
        });
        indices.forEach((index, v) -> {
            EpsRevision revision = aggregator.revision(v.constituents());
            figures.putAll(revision.figures(index.name()));
            if (v.holdingsAsOf() != null) {
                notes.addAll(ValuationNotes.emptyFigures(index, revision.reasons()));
            }
        });
        Double relative = ratio(figures.get("RUSSELL_2000.fwd_pe"), figures.get("SP_500.fwd_pe"));
        figures.put("RELATIVE.fwd_pe", relative);
        figures.putAll(statistics(inputs, figures, notes));

        List<Constituent> smallCaps = indices.get(IndexCode.RUSSELL_2000).constituents();
        Screens screens = new Screens(thresholds);
        notes.addAll(companies.notes());
        return new Valuation(indices, screens.qualitySmallCaps(smallCaps), screens.refinancingRisk(smallCaps), figures,
                notes, thresholds);
    }

    private IndexValuation valuation(IndexCode index, ValuationInputs inputs, Companies companies, List<DataNote> notes) {
        HoldingStore.Holdings file = inputs.holdings().get(index);
        if (file == null) {
            notes.add(ValuationNotes.noHoldings(index, inputs.week()));
            return new IndexValuation(index, null, null, List.of(), Map.of(), aggregator.aggregate(List.of()), Map.of());
        }
        List<Constituent> constituents = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (HoldingRow row : file.rows()) {
            constituents.add(companies.constituent(row, file));
            if (row.ticker() != null) {
                names.put(row.ticker(), row.name());
            }
        }
        IndexAggregates aggregates = aggregator.aggregate(constituents).floored(coverageFloor);
        notes.addAll(ValuationNotes.emptyAggregates(index, aggregates));
        notes.addAll(ValuationNotes.emptyMetrics(index, constituents));
        ValuationNotes.implausibleMaturities(index, constituents).ifPresent(notes::add);
        ValuationNotes.implausibleMaturitySchedules(index, constituents).ifPresent(notes::add);
        return new IndexValuation(index, file.asOf(), file.sourceFile(), constituents, names, aggregates,
                floored(aggregator.bySector(constituents)));
    }

    /**
     * The {@link HistoryFigures} of the inputs' week, each exactly as {@link #compute} gives it: the same
     * constituents and aggregates, without the sectors, screens, revisions and notes a history point does
     * not keep.
     *
     * @param memo the fundamentals of earlier points, reused while a company's known filings stay the same
     */
    Map<String, Double> historyFigures(ValuationInputs inputs, FundamentalsMemo memo) {
        Companies companies = new Companies(inputs, memo, false);
        Map<String, Double> figures = new LinkedHashMap<>();
        for (IndexCode index : IndexCode.values()) {
            HoldingStore.Holdings file = inputs.holdings().get(index);
            if (file != null) {
                List<Constituent> constituents = new ArrayList<>();
                file.rows().forEach(row -> constituents.add(companies.constituent(row, file)));
                IndexAggregates aggregates = aggregator.aggregate(constituents).floored(coverageFloor);
                figures.putAll(aggregates.figures(index.name()));
                figures.putAll(aggregates.debtProfileFigures(index.name()));
            }
        }
        figures.put("RELATIVE.fwd_pe", ratio(figures.get("RUSSELL_2000.fwd_pe"), figures.get("SP_500.fwd_pe")));
        return HistoryFigures.of(figures);
    }

    private Map<String, IndexAggregates> floored(Map<String, IndexAggregates> sectors) {
        Map<String, IndexAggregates> floored = new LinkedHashMap<>();
        sectors.forEach((sector, aggregates) -> floored.put(sector, aggregates.floored(coverageFloor)));
        return floored;
    }

    private static Map<String, Double> statistics(ValuationInputs inputs, Map<String, Double> figures, List<DataNote> notes) {
        Map<String, Double> statistics = HistoryStatistics.of(inputs.week(), HistoryFigures.NAMES, figures, inputs.history());
        List<String> withoutHistory = HistoryFigures.NAMES.stream()
                .filter(name -> figures.get(name) != null && statistics.get(name + ".history_pct") == null)
                .toList();
        if (!withoutHistory.isEmpty()) {
            notes.add(ValuationNotes.withoutHistory(withoutHistory));
        }
        return statistics;
    }

    private static Double ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? null : a / b;
    }

    /** Each company's metrics computed once, though it may sit in several indices. */
    private final class Companies {

        private final ValuationInputs inputs;
        private final LocalDate week;
        private final Map<String, FundamentalsRow> vendorByTicker = new HashMap<>();
        private final LocalDate vendorAsOf;
        private int filledFromVendor;
        private int sectorsFromSic;
        private final Map<String, CompanyFundamentals> fundamentalsByTicker = new HashMap<>();
        private final Map<LocalDate, Integer> pricedFromHoldings = new TreeMap<>();
        private final Map<String, DataNote> notes = new TreeMap<>();

        private final FundamentalsMemo memo;
        /** A history point keeps no notes: writing one for every stale company of every month was most of its time. */
        private final boolean keepNotes;

        Companies(ValuationInputs inputs, FundamentalsMemo memo, boolean keepNotes) {
            this.inputs = inputs;
            this.memo = memo;
            this.keepNotes = keepNotes;
            this.week = inputs.week();
            CompanyMasterStore.VendorFile vendor = inputs.vendorFile();
            if (vendor != null) {
                vendor.rows().forEach(r -> vendorByTicker.putIfAbsent(r.ticker(), r));
            }
            this.vendorAsOf = vendor == null ? null : vendor.asOf();
        }

        Constituent constituent(HoldingRow row, HoldingStore.Holdings file) {
            String ticker = row.ticker();
            CompanyFundamentals fundamentals = ticker == null ? ttm.derive(List.of(), week)
                    : fundamentalsByTicker.computeIfAbsent(ticker, this::fundamentals);
            Estimate estimate = ticker == null ? null : estimate(inputs.estimateByTicker().get(ticker));
            CompanyMetrics metrics = companyMetrics.compute(fundamentals, week, price(row, file), estimate,
                    inputs.tenYearYield(), creditSpread);
            Estimate earlier = ticker == null ? null : estimate(inputs.earlierEstimateByTicker().get(ticker));
            Double earlierNtmEps = earlier == null ? null
                    : CompanyMetricsCalculator.ntmEps(earlier, week.minusDays(EPS_REVISION_DAYS));
            return new Constituent(ticker, sector(row), row.weight(), metrics, fundamentals, earlierNtmEps);
        }

        /** The holdings file's sector, else the one the company's SEC SIC code maps to (the SPDR workbook names none). */
        private String sector(HoldingRow row) {
            if (row.sector() != null || row.ticker() == null) {
                return row.sector();
            }
            String cik = inputs.cikByTicker().get(row.ticker());
            String sector = cik == null ? null : inputs.sectorByCik().get(cik);
            if (sector != null) {
                sectorsFromSic++;
            }
            return sector;
        }

        private static Estimate estimate(EstimateRow e) {
            return e == null ? null : new Estimate(e.asOf(), e.fiscalYearEnd(), e.fy1Eps(), e.fy2Eps(), e.ntmEps());
        }

        /** The company's close from a prices source when there is one, else the holdings file's price (METRICS.md section 4). */
        private Double price(HoldingRow row, HoldingStore.Holdings file) {
            CompanyPriceStore.Dated close = row.ticker() == null ? null : inputs.closeByTicker().get(row.ticker());
            if (close != null) {
                return close.close();
            }
            if (row.price() != null) {
                pricedFromHoldings.merge(file.asOf(), 1, Integer::sum);
            }
            return row.price();
        }

        private CompanyFundamentals fundamentals(String ticker) {
            String cik = inputs.cikByTicker().get(ticker);
            List<CompanyFact> companyFacts = cik == null ? List.of() : inputs.factsByCik().getOrDefault(cik, List.of());
            FundamentalsRow vendor = vendorByTicker.get(ticker);
            String action = vendor == null ? "company figures empty"
                    : "net income, EBITDA and shares from the vendor file dated " + vendorAsOf;
            if (keepNotes && cik == null) {
                notes.put(ticker, ValuationNotes.noCik(ticker, action));
            } else if (keepNotes && companyFacts.isEmpty()) {
                notes.put(ticker, ValuationNotes.noFiling(ticker, cik, week, action));
            }
            CompanyFundamentals filed = memo.derive(ticker, companyFacts, week, ttm);
            CompanyFundamentals fundamentals = vendorFill.fill(filed, vendor, vendorAsOf, week);
            if (fundamentals != filed) {
                filledFromVendor++;
            }
            if (keepNotes && fundamentals.stale()) {
                notes.put(ticker, ValuationNotes.stale(ticker, fundamentals, week));
            }
            return fundamentals;
        }

        List<DataNote> notes() {
            List<DataNote> all = new ArrayList<>();
            pricedFromHoldings.forEach((date, count) -> all.add(ValuationNotes.pricedFromHoldings(date, count)));
            if (filledFromVendor > 0) {
                all.add(ValuationNotes.filledFromVendor(filledFromVendor, vendorAsOf));
            }
            if (sectorsFromSic > 0) {
                all.add(ValuationNotes.sectorsFromSic(sectorsFromSic));
            }
            all.addAll(notes.values());
            return all;
        }
    }
}
