package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.model.CompanyFact;
import io.capbrief.model.EstimateRow;
import io.capbrief.model.IndexCode;
import io.capbrief.store.CompanyFactStore;
import io.capbrief.store.CompanyMasterStore;
import io.capbrief.store.CompanyPriceStore;
import io.capbrief.store.EstimateStore;
import io.capbrief.store.HoldingStore;
import io.capbrief.store.WeekFigureStore;

import org.springframework.stereotype.Component;

/** Reads from the store what a week's valuation needs, as known at the end of that week. */
@Component
class ValuationInputsReader {

    private final HoldingStore holdings;
    private final CompanyFactStore facts;
    private final CompanyMasterStore master;
    private final EstimateStore estimates;
    private final CompanyPriceStore prices;
    private final WeekFigureStore history;

    ValuationInputsReader(HoldingStore holdings, CompanyFactStore facts, CompanyMasterStore master,
            EstimateStore estimates, CompanyPriceStore prices, WeekFigureStore history) {
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
        Map<IndexCode, HoldingStore.Holdings> files = new EnumMap<>(IndexCode.class);
        for (IndexCode index : IndexCode.values()) {
            holdings.asOf(index.name(), week).ifPresent(file -> files.put(index, file));
        }
        Map<String, List<Double>> earlier = new LinkedHashMap<>();
        for (String name : ValuationCalculator.HISTORY_FIGURES) {
            earlier.put(name, history.earlier(name, week));
        }
        return new ValuationInputs(week, tenYearYield, files, factsByCik, cikByTicker, estimateByTicker,
                earlierEstimateByTicker, closeByTicker, vendorFile, earlier);
    }
}
