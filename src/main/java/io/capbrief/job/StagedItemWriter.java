package io.capbrief.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.model.CompanyFact;
import io.capbrief.model.CompanyIndustry;
import io.capbrief.model.EstimateRow;
import io.capbrief.model.FundamentalsRow;
import io.capbrief.model.HoldingRow;
import io.capbrief.model.QuarterlyEstimate;
import io.capbrief.model.RejectedRow;
import io.capbrief.model.SeriesObservation;
import io.capbrief.model.TickerCik;
import io.capbrief.model.TickerPrice;
import io.capbrief.store.CompanyFactStore;
import io.capbrief.store.CompanyMasterStore;
import io.capbrief.store.CompanyPriceStore;
import io.capbrief.store.EstimateStore;
import io.capbrief.store.HoldingStore;
import io.capbrief.store.RejectedRowStore;
import io.capbrief.store.SeriesStore;
import io.capbrief.store.SourceLoadStore;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of staged items to the table of each record's kind, invisible until the load
 * is committed, and counts them on the load in the same transaction.
 */
public class StagedItemWriter implements ItemWriter<StagedItem> {

    /** Stores one run of same-kind records of a load, starting at a position. */
    @FunctionalInterface
    interface Sink {
        void write(long loadId, int firstPosition, List<?> records);
    }

    private final SourceLoadStore loads;
    private final Map<Class<?>, Sink> sinks;

    @SuppressWarnings("unchecked")
    public StagedItemWriter(SourceLoadStore loads, SeriesStore series, HoldingStore holdings, CompanyFactStore facts,
            CompanyMasterStore master, EstimateStore estimates, CompanyPriceStore prices, RejectedRowStore rejected) {
        this.loads = loads;
        this.sinks = Map.of(
                SeriesObservation.class, (id, first, r) -> series.insert(id, (List<SeriesObservation>) r),
                HoldingRow.class, (id, first, r) -> holdings.insert(id, (List<HoldingRow>) r),
                CompanyFact.class, (id, first, r) -> facts.insert(id, first, (List<CompanyFact>) r),
                TickerCik.class, (id, first, r) -> master.insertTickers(id, first, (List<TickerCik>) r),
                CompanyIndustry.class, (id, first, r) -> master.insertIndustries(id, first, (List<CompanyIndustry>) r),
                FundamentalsRow.class, (id, first, r) -> master.insertFundamentals(id, (List<FundamentalsRow>) r),
                EstimateRow.class, (id, first, r) -> estimates.insert(id, (List<EstimateRow>) r),
                QuarterlyEstimate.class, (id, first, r) -> estimates.insertQuarterly(id, first, (List<QuarterlyEstimate>) r),
                TickerPrice.class, (id, first, r) -> prices.insert(id, (List<TickerPrice>) r),
                RejectedRow.class, (id, first, r) -> rejected.insert(id, first, (List<RejectedRow>) r));
    }

    @Override
    public void write(Chunk<? extends StagedItem> chunk) {
        List<? extends StagedItem> items = chunk.getItems();
        Map<Long, Integer> advanced = new LinkedHashMap<>();
        Map<Long, LocalDate> knownFrom = new HashMap<>();
        int start = 0;
        while (start < items.size()) {
            StagedItem first = items.get(start);
            int end = start;
            List<Object> run = new ArrayList<>();
            while (end < items.size() && items.get(end).loadId() == first.loadId()
                    && items.get(end).record().getClass() == first.record().getClass()) {
                run.add(items.get(end++).record());
            }
            Sink sink = sinks.get(first.record().getClass());
            if (sink == null) {
                throw new IllegalStateException("no table for " + first.record().getClass().getSimpleName());
            }
            sink.write(first.loadId(), first.position(), run);
            advanced.merge(first.loadId(), run.size(), Integer::sum);
            for (Object record : run) {
                LocalDate known = knownFrom(record);
                if (known != null) {
                    knownFrom.merge(first.loadId(), known, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            start = end;
        }
        loads.advance(advanced, knownFrom);
    }

    /**
     * The day a record is known from, the date the knowledge cut-off of METRICS.md section 0 reads; null
     * for a record dated by its load (holdings, vendor fundamentals) or not dated at all (the ticker map).
     */
    private static LocalDate knownFrom(Object record) {
        if (record instanceof SeriesObservation o) {
            return o.date();
        } else if (record instanceof CompanyFact f) {
            return f.filed();
        } else if (record instanceof EstimateRow e) {
            return e.asOf();
        } else if (record instanceof QuarterlyEstimate q) {
            return q.reportDate();
        } else if (record instanceof TickerPrice p) {
            return p.date();
        }
        return null;
    }
}
