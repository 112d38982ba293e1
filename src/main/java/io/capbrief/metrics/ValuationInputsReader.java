package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.capbrief.model.CompanyFact;
import io.capbrief.model.CompanyIndustry;
import io.capbrief.model.EstimateRow;
import io.capbrief.model.IndexCode;
import io.capbrief.store.CompanyFactStore;
import io.capbrief.store.CompanyMasterStore;
import io.capbrief.store.CompanyPriceStore;
import io.capbrief.store.EstimateStore;
import io.capbrief.store.HoldingStore;
import io.capbrief.store.HistoryPointStore;

import org.springframework.stereotype.Component;

/** Reads from the store what a week's valuation needs, as known at the end of that week. */
@Component
class ValuationInputsReader {

    private final HoldingStore holdings;
    private final CompanyFactStore facts;
    private final CompanyMasterStore master;
    private final EstimateStore estimates;
    private final CompanyPriceStore prices;
    private final HistoryPointStore history;

    private final SicSectors sicSectors;
    /** The sectors of the last industry map read: it is kept by the store until something new is committed. */
    private Map<String, CompanyIndustry> industriesMapped;
    private Map<String, String> sectorByCik;

    ValuationInputsReader(HoldingStore holdings, CompanyFactStore facts, CompanyMasterStore master,
            EstimateStore estimates, CompanyPriceStore prices, HistoryPointStore history, MetricsSettings settings) {
        this.sicSectors = SicSectors.load(settings.sicSectors());
        this.holdings = holdings;
        this.facts = facts;
        this.master = master;
        this.estimates = estimates;
        this.prices = prices;
        this.history = history;
    }

    ValuationInputs read(LocalDate week, Double tenYearYield) {
        Map<String, List<CompanyFact>> factsByCik = facts.knownAt(week);
        Map<String, String> cikByTicker = master.cikByTicker();
        Map<String, EstimateRow> estimateByTicker = estimates.latestKnownAt(week);
        Map<String, EstimateRow> earlierEstimateByTicker =
                estimates.latestKnownAt(week.minusDays(ValuationCalculator.EPS_REVISION_DAYS));
        Map<String, CompanyPriceStore.Dated> closeByTicker = prices.closesAt(week);
        CompanyMasterStore.VendorFile vendorFile = master.vendorFileKnownAt(week).orElse(null);
        return new ValuationInputs(week, tenYearYield, holdingsAsOf(week), factsByCik, cikByTicker, estimateByTicker,
                earlierEstimateByTicker, closeByTicker, vendorFile, history.pointsBefore(week), sectorByCik());
    }

    /** Each index's latest holdings file dated on or before the week; an index without one is absent. */
    private Map<IndexCode, HoldingStore.Holdings> holdingsAsOf(LocalDate week) {
        Map<IndexCode, HoldingStore.Holdings> files = new EnumMap<>(IndexCode.class);
        for (IndexCode index : IndexCode.values()) {
            holdings.asOf(index.name(), week).ifPresent(file -> files.put(index, file));
        }
        return files;
    }

    private synchronized Map<String, String> sectorByCik() {
        Map<String, CompanyIndustry> industries = master.industryByCik();
        if (industries != industriesMapped) {
            Map<String, String> sectors = new HashMap<>();
            industries.forEach((cik, industry) -> {
                String sector = sicSectors.sectorOf(industry.sic());
                if (sector != null) {
                    sectors.put(cik, sector);
                }
            });
            sectorByCik = Map.copyOf(sectors);
            industriesMapped = industries;
        }
        return sectorByCik;
    }

    /**
     * What a history point's figures need, read as {@link #read} reads it for a briefing of that week:
     * neither the 10-year yield nor the estimates 13 weeks earlier, which no history figure depends on.
     */
    ValuationInputs readForHistory(LocalDate point) {
        return new ValuationInputs(point, null, holdingsAsOf(point), facts.knownAt(point), master.cikByTicker(),
                estimates.latestKnownAt(point), Map.of(), prices.closesAt(point), master.vendorFileKnownAt(point).orElse(null),
                new TreeMap<>(), sectorByCik());
    }
}
