package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import io.capbrief.model.CompanyFact;
import io.capbrief.model.EstimateRow;
import io.capbrief.model.IndexCode;
import io.capbrief.store.CompanyMasterStore;
import io.capbrief.store.CompanyPriceStore;
import io.capbrief.store.HoldingStore;

/**
 * What the store knew at the end of a week that the week's valuation is computed from.
 *
 * @param tenYearYield the 10-year yield at the week in percent, null when unknown (rate shocks are then empty)
 * @param holdings each index's latest holdings file dated on or before the week; an index without one is absent
 * @param factsByCik every company's facts filed on or before the week
 * @param estimateByTicker the latest estimate dated on or before the week
 * @param earlierEstimateByTicker the latest estimate dated on or before {@link ValuationCalculator#EPS_REVISION_DAYS}
 *     before the week, for the EPS revision
 * @param closeByTicker the close on the last trading day on or before the week, from a company price source
 * @param vendorFile the latest vendor fundamentals file known at the week, null when there is none
 * @param history the {@link HistoryFigures} at each history point before the week (METRICS.md section 8), oldest first
 * @param sectorByCik each registrant's sector from its SEC SIC code ({@link SicSectors}), for holdings rows that name none
 */
record ValuationInputs(
        LocalDate week,
        Double tenYearYield,
        Map<IndexCode, HoldingStore.Holdings> holdings,
        Map<String, List<CompanyFact>> factsByCik,
        Map<String, String> cikByTicker,
        Map<String, EstimateRow> estimateByTicker,
        Map<String, EstimateRow> earlierEstimateByTicker,
        Map<String, CompanyPriceStore.Dated> closeByTicker,
        CompanyMasterStore.VendorFile vendorFile,
        NavigableMap<LocalDate, Map<String, Double>> history,
        Map<String, String> sectorByCik) {

    /** Inputs with no sector from SIC codes. */
    ValuationInputs(LocalDate week, Double tenYearYield, Map<IndexCode, HoldingStore.Holdings> holdings,
            Map<String, List<CompanyFact>> factsByCik, Map<String, String> cikByTicker,
            Map<String, EstimateRow> estimateByTicker, Map<String, EstimateRow> earlierEstimateByTicker,
            Map<String, CompanyPriceStore.Dated> closeByTicker, CompanyMasterStore.VendorFile vendorFile,
            NavigableMap<LocalDate, Map<String, Double>> history) {
        this(week, tenYearYield, holdings, factsByCik, cikByTicker, estimateByTicker, earlierEstimateByTicker, closeByTicker,
                vendorFile, history, Map.of());
    }

    /** Inputs with no estimate 13 weeks earlier, so the EPS revision is empty. */
    ValuationInputs(LocalDate week, Double tenYearYield, Map<IndexCode, HoldingStore.Holdings> holdings,
            Map<String, List<CompanyFact>> factsByCik, Map<String, String> cikByTicker,
            Map<String, EstimateRow> estimateByTicker, Map<String, CompanyPriceStore.Dated> closeByTicker,
            CompanyMasterStore.VendorFile vendorFile, NavigableMap<LocalDate, Map<String, Double>> history) {
        this(week, tenYearYield, holdings, factsByCik, cikByTicker, estimateByTicker, Map.of(), closeByTicker, vendorFile,
                history);
    }
}
