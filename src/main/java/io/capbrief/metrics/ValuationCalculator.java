package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.capbrief.metrics.fundamentals.CompanyFundamentals;
import io.capbrief.metrics.fundamentals.CompanyMetrics;
import io.capbrief.metrics.fundamentals.CompanyMetricsCalculator;
import io.capbrief.metrics.fundamentals.Constituent;
import io.capbrief.metrics.fundamentals.Estimate;
import io.capbrief.metrics.fundamentals.IndexAggregates;
import io.capbrief.metrics.fundamentals.IndexAggregator;
import io.capbrief.metrics.fundamentals.Metric;
import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.metrics.fundamentals.Screens;
import io.capbrief.metrics.fundamentals.TtmDeriver;
import io.capbrief.metrics.fundamentals.VendorFundamentalsFill;
import io.capbrief.model.CompanyFact;
import io.capbrief.model.EstimateRow;
import io.capbrief.model.FundamentalsRow;
import io.capbrief.model.HoldingRow;
import io.capbrief.model.IndexCode;
import io.capbrief.store.CompanyFactStore;
import io.capbrief.store.CompanyMasterStore;
import io.capbrief.store.CompanyPriceStore;
import io.capbrief.store.EstimateStore;
import io.capbrief.store.HoldingStore;
import io.capbrief.store.WeekFigureStore;

import org.springframework.stereotype.Component;

/**
 * Computes a week's company metrics, index and sector aggregates, history percentiles and screens
 * from what the store knew at the end of that week (METRICS.md sections 3 to 6).
 */
@Component
public class ValuationCalculator {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ValuationCalculator.class);

    /** The figures whose standing against earlier weeks the briefing reports. */
    static final List<String> PERCENTILE_FIGURES = List.of("fwd_pe", "fwd_pe_ex_neg", "pct_unprofitable",
            "net_debt_ebitda", "interest_coverage");

    private final HoldingStore holdings;
    private final CompanyFactStore facts;
    private final CompanyMasterStore master;
    private final EstimateStore estimates;
    private final CompanyPriceStore prices;
    private final WeekFigureStore history;
    private final MetricsSettings settings;
    private final TtmDeriver ttm = new TtmDeriver();
    private final VendorFundamentalsFill vendorFill = new VendorFundamentalsFill();
    private final CompanyMetricsCalculator companyMetrics = new CompanyMetricsCalculator();
    private final IndexAggregator aggregator = new IndexAggregator();

    public ValuationCalculator(HoldingStore holdings, CompanyFactStore facts, CompanyMasterStore master,
            EstimateStore estimates, CompanyPriceStore prices, WeekFigureStore history, MetricsSettings settings) {
        this.holdings = holdings;
        this.facts = facts;
        this.master = master;
        this.estimates = estimates;
        this.prices = prices;
        this.history = history;
        this.settings = settings;
    }

    /** @param tenYearYield the 10-year yield at the week in percent, null when unknown (rate shocks are then empty) */
    public Valuation compute(LocalDate week, Double tenYearYield) {
        long start = System.nanoTime();
        Companies companies = new Companies(week, tenYearYield);
        long loaded = System.nanoTime();
        Map<IndexCode, IndexValuation> indices = new EnumMap<>(IndexCode.class);
        List<DataNote> notes = new ArrayList<>();
        for (IndexCode index : IndexCode.values()) {
            indices.put(index, valuation(index, week, companies, notes));
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        indices.forEach((index, v) -> figures.putAll(v.aggregates().figures(index.name())));
        Double relative = ratio(figures.get("RUSSELL_2000.fwd_pe"), figures.get("SP_500.fwd_pe"));
        figures.put("RELATIVE.fwd_pe", relative);
        figures.putAll(percentiles(week, figures, notes));

        List<Constituent> smallCaps = indices.get(IndexCode.RUSSELL_2000).constituents();
        ScreenThresholds thresholds = settings.screens().thresholds();
        Screens screens = new Screens(thresholds);
        notes.addAll(companies.notes());
        log.info("Valuation for {}: store read in {} ms ({} companies' facts), {} companies computed in {} ms", week,
                (loaded - start) / 1_000_000, companies.factsByCik.size(), companies.fundamentalsByTicker.size(),
                (System.nanoTime() - loaded) / 1_000_000);
        return new Valuation(indices, screens.qualitySmallCaps(smallCaps), screens.refinancingRisk(smallCaps), figures,
                notes, thresholds);
    }

    private IndexValuation valuation(IndexCode index, LocalDate week, Companies companies, List<DataNote> notes) {
        Optional<HoldingStore.Holdings> file = holdings.asOf(index.name(), week);
        if (file.isEmpty()) {
            notes.add(new DataNote(index.label(), null, "no holdings file dated on or before " + week,
                    "constituent aggregates empty"));
            return new IndexValuation(index, null, null, List.of(), Map.of(), aggregator.aggregate(List.of()), Map.of());
        }
        List<Constituent> constituents = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (HoldingRow row : file.get().rows()) {
            constituents.add(companies.constituent(row, file.get()));
            if (row.ticker() != null) {
                names.put(row.ticker(), row.name());
            }
        }
        IndexAggregates aggregates = aggregator.aggregate(constituents);
        aggregates.reasons().forEach((figure, reason) -> notes.add(new DataNote(index.label(), null,
                index.name() + "." + figure + " is empty: " + reason, "shown as \u2013 (null in figures.json)")));
        notes.addAll(emptyMetricSummary(index, constituents));
        implausibleMaturities(index, constituents).ifPresent(notes::add);
        return new IndexValuation(index, file.get().asOf(), file.get().sourceFile(), constituents, names, aggregates,
                aggregator.bySector(constituents));
    }

    /**
     * Debt due within two years above the total debt is no refinancing risk but a sign that total
     * debt was read from too few parts (METRICS.md section 3 takes the first option with any part,
     * so a ShortTermBorrowings fact alone can stand for the whole debt): say so, naming a few.
     */
    static Optional<DataNote> implausibleMaturities(IndexCode index, List<Constituent> constituents) {
        List<String> tickers = constituents.stream()
                .filter(c -> c.metrics().nearTermMaturities() != null && c.metrics().nearTermMaturities() > 1)
                .map(c -> c.ticker() == null ? "(no ticker)" : c.ticker())
                .toList();
        if (tickers.isEmpty()) {
            return Optional.empty();
        }
        String examples = String.join(", ", tickers.subList(0, Math.min(5, tickers.size())))
                + (tickers.size() > 5 ? ", ..." : "");
        return Optional.of(new DataNote(index.label(), null, tickers.size() + " of " + constituents.size()
                + " constituents have more debt due within two years than total debt (" + examples
                + "): total debt may come from too few concepts", "figures kept as defined; check the filings' debt concepts"));
    }

    /** One note per metric and reason, counting the constituents whose figure is empty for it. */
    private static List<DataNote> emptyMetricSummary(IndexCode index, List<Constituent> constituents) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Constituent c : constituents) {
            for (Metric metric : List.of(Metric.FORWARD_PE, Metric.NET_DEBT_TO_EBITDA, Metric.INTEREST_COVERAGE)) {
                String reason = c.metrics().reason(metric);
                if (reason != null) {
                    counts.merge(metric.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + reason, 1, Integer::sum);
                }
            }
        }
        List<DataNote> notes = new ArrayList<>();
        counts.forEach((what, n) -> notes.add(new DataNote(index.label(), null,
                n + " of " + constituents.size() + " constituents have no " + what, "left out of that aggregate's set")));
        return notes;
    }

    private Map<String, Double> percentiles(LocalDate week, Map<String, Double> figures, List<DataNote> notes) {
        Map<String, Double> percentiles = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (IndexCode index : IndexCode.values()) {
            PERCENTILE_FIGURES.forEach(f -> names.add(index.name() + "." + f));
        }
        names.add("RELATIVE.fwd_pe");
        List<String> withoutHistory = new ArrayList<>();
        for (String name : names) {
            Double current = figures.get(name);
            Double percentile = current == null ? null
                    : io.capbrief.metrics.fundamentals.HistoryPercentile.of(current, history.earlier(name, week));
            if (current != null && percentile == null) {
                withoutHistory.add(name);
            }
            percentiles.put(name + ".history_pct", percentile);
        }
        if (!withoutHistory.isEmpty()) {
            notes.add(new DataNote("history", null, "no earlier week in the store has " + String.join(", ", withoutHistory)
                    + ", so their history percentiles are empty", "shown as \u2013; run earlier weeks (run --from) to build the history"));
        }
        return percentiles;
    }

    private static Double ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? null : a / b;
    }

    /** Each company's metrics computed once, though it may sit in several indices. */
    private final class Companies {

        private final LocalDate week;
        private final Double tenYearYield;
        private final Map<String, List<CompanyFact>> factsByCik;
        private final Map<String, String> cikByTicker;
        private final Map<String, EstimateRow> estimateByTicker;
        private final Map<String, CompanyPriceStore.Dated> closeByTicker;
        private final Map<String, FundamentalsRow> vendorByTicker = new HashMap<>();
        private final LocalDate vendorAsOf;
        private int filledFromVendor;
        private final Map<String, CompanyFundamentals> fundamentalsByTicker = new HashMap<>();
        private final Map<LocalDate, Integer> pricedFromHoldings = new TreeMap<>();
        private final Map<String, DataNote> notes = new TreeMap<>();

        Companies(LocalDate week, Double tenYearYield) {
            this.week = week;
            this.tenYearYield = tenYearYield;
            this.factsByCik = facts.knownAt(week);
            this.cikByTicker = master.cikByTicker();
            this.estimateByTicker = estimates.latestKnownAt(week);
            this.closeByTicker = prices.closesAt(week);
            Optional<CompanyMasterStore.VendorFile> vendor = master.vendorFileKnownAt(week);
            vendor.ifPresent(v -> v.rows().forEach(r -> vendorByTicker.putIfAbsent(r.ticker(), r)));
            this.vendorAsOf = vendor.map(CompanyMasterStore.VendorFile::asOf).orElse(null);
        }

        Constituent constituent(HoldingRow row, HoldingStore.Holdings file) {
            String ticker = row.ticker();
            CompanyFundamentals fundamentals = ticker == null ? ttm.derive(List.of(), week)
                    : fundamentalsByTicker.computeIfAbsent(ticker, this::fundamentals);
            EstimateRow e = ticker == null ? null : estimateByTicker.get(ticker);
            Estimate estimate = e == null ? null
                    : new Estimate(e.asOf(), e.fiscalYearEnd(), e.fy1Eps(), e.fy2Eps(), e.ntmEps());
            CompanyMetrics metrics = companyMetrics.compute(fundamentals, week, price(row, file), estimate, tenYearYield,
                    settings.creditSpread());
            return new Constituent(ticker, row.sector(), row.weight(), metrics, fundamentals);
        }

        /** The company's close from a prices source when there is one, else the holdings file's price (METRICS.md section 4). */
        private Double price(HoldingRow row, HoldingStore.Holdings file) {
            CompanyPriceStore.Dated close = row.ticker() == null ? null : closeByTicker.get(row.ticker());
            if (close != null) {
                return close.close();
            }
            if (row.price() != null) {
                pricedFromHoldings.merge(file.asOf(), 1, Integer::sum);
            }
            return row.price();
        }

        private CompanyFundamentals fundamentals(String ticker) {
            String cik = cikByTicker.get(ticker);
            List<CompanyFact> companyFacts = cik == null ? List.of() : factsByCik.getOrDefault(cik, List.of());
            FundamentalsRow vendor = vendorByTicker.get(ticker);
            String action = vendor == null ? "company figures empty"
                    : "net income, EBITDA and shares from the vendor file dated " + vendorAsOf;
            if (cik == null) {
                notes.put(ticker, new DataNote("ticker map", ticker, "no CIK for the ticker", "no filings used; " + action));
            } else if (companyFacts.isEmpty()) {
                notes.put(ticker, new DataNote("SEC companyfacts", ticker, "no filing known at " + week + " (CIK " + cik + ")",
                        action));
            }
            CompanyFundamentals filed = ttm.derive(companyFacts, week);
            CompanyFundamentals fundamentals = vendorFill.fill(filed, vendor, vendorAsOf, week);
            if (fundamentals != filed) {
                filledFromVendor++;
            }
            if (fundamentals.stale()) {
                notes.put(ticker, new DataNote("SEC companyfacts", ticker, "stale: latest TTM ends "
                        + fundamentals.latestTtmEnd() + ", more than 200 days before " + week, "figures kept"));
            }
            return fundamentals;
        }

        List<DataNote> notes() {
            List<DataNote> all = new ArrayList<>();
            pricedFromHoldings.forEach((date, count) -> all.add(new DataNote("holdings", null, count
                    + " constituent rows have no company price source and were priced from the holdings file dated " + date,
                    "holdings price used")));
            if (filledFromVendor > 0) {
                all.add(new DataNote("fundamentals-csv", null, filledFromVendor + " companies had fields their filings "
                        + "leave empty filled from the vendor file dated " + vendorAsOf, "vendor values used, filed facts kept"));
            }
            all.addAll(notes.values());
            return all;
        }
    }
}
