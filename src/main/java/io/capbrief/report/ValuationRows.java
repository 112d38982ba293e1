package io.capbrief.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.capbrief.metrics.IndexValuation;
import io.capbrief.metrics.fundamentals.Aggregate;
import io.capbrief.metrics.fundamentals.CompanyFundamentals;
import io.capbrief.metrics.fundamentals.CompanyMetrics;
import io.capbrief.metrics.fundamentals.Constituent;
import io.capbrief.metrics.fundamentals.IndexAggregates;
import io.capbrief.metrics.fundamentals.Metric;
import io.capbrief.model.IndexCode;
import io.capbrief.report.Briefing.AggregateRow;
import io.capbrief.report.Briefing.CompanyRow;
import io.capbrief.report.Briefing.HistoryRow;

/** Lays the week's valuation out as the rows the PDF and the workbook show. */
final class ValuationRows {

    private ValuationRows() {}

    static Briefing.Valuation of(io.capbrief.metrics.Valuation valuation, List<HistoryRow> history) {
        List<AggregateRow> aggregates = new ArrayList<>();
        List<CompanyRow> companies = new ArrayList<>();
        valuation.indices().forEach((index, v) -> {
            aggregates.add(aggregate(index, null, 1.0, v.aggregates()));
            v.constituents().forEach(c -> companies.add(company(index, v, c)));
        });
        IndexValuation smallCaps = valuation.indices().get(IndexCode.RUSSELL_2000);
        Map<String, Double> sectorWeights = smallCaps.constituents().stream().collect(Collectors.groupingBy(
                c -> c.sector() == null ? "(no sector)" : c.sector(), Collectors.summingDouble(Constituent::weight)));
        double total = sectorWeights.values().stream().mapToDouble(Double::doubleValue).sum();
        smallCaps.sectors().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> aggregates.add(
                aggregate(IndexCode.RUSSELL_2000, e.getKey(), total == 0 ? null : sectorWeights.getOrDefault(e.getKey(), 0.0) / total,
                        e.getValue())));
        return new Briefing.Valuation(aggregates, companies,
                valuation.qualitySmallCaps().stream().map(c -> company(IndexCode.RUSSELL_2000, smallCaps, c)).toList(),
                valuation.refinancingRisk().stream().map(c -> company(IndexCode.RUSSELL_2000, smallCaps, c)).toList(),
                history, valuation.screenThresholds(), LeverageBuckets.byIndex(companies), LineageRows.of(byTicker(valuation)));
    }

    /** Each company once, by ticker, however many indices hold it: its fundamentals are the same in each. */
    private static SortedMap<String, CompanyFundamentals> byTicker(io.capbrief.metrics.Valuation valuation) {
        SortedMap<String, CompanyFundamentals> byTicker = new TreeMap<>();
        valuation.indices().values().forEach(v -> v.constituents().stream()
                .filter(c -> c.ticker() != null)
                .forEach(c -> byTicker.putIfAbsent(c.ticker(), c.fundamentals())));
        return byTicker;
    }

    private static AggregateRow aggregate(IndexCode index, String sector, Double weight, IndexAggregates aggregates) {
        Map<String, Aggregate> named = aggregates.named();
        Map<String, Double> values = new java.util.LinkedHashMap<>();
        Map<String, Double> coverage = new java.util.LinkedHashMap<>();
        named.forEach((name, a) -> {
            values.put(name, a.value());
            coverage.put(name, a.coverage());
        });
        return new AggregateRow(index.name(), index.label(), sector, weight, values, coverage, aggregates.reasons());
    }

    private static CompanyRow company(IndexCode index, IndexValuation v, Constituent c) {
        CompanyMetrics m = c.metrics();
        CompanyFundamentals f = c.fundamentals();
        List<String> flags = new ArrayList<>();
        for (Metric metric : List.of(Metric.FORWARD_PE, Metric.NET_DEBT_TO_EBITDA, Metric.INTEREST_COVERAGE)) {
            String reason = m.reason(metric);
            if (reason != null && !flags.contains(reason)) {
                flags.add(reason);
            }
        }
        return new CompanyRow(index.name(), c.ticker(), c.ticker() == null ? null : v.constituentNames().get(c.ticker()),
                c.sector(), c.weight(), m.price(), m.marketCap(), m.ntmEps(), m.forwardPe(), m.trailingPe(),
                f.revenue(), f.ebit(), f.ebitda(), f.netIncome(), f.interestExpense(), f.totalDebt(), f.cash(), f.netDebt(),
                m.netDebtToEbitda(), m.interestCoverage(), m.impliedRate(), m.nearTermMaturities(), m.unprofitable(),
                m.zombie(), m.rateShock(), m.rateShockInterest(), m.rateShockCoverage(), f.latestTtmEnd(), f.stale(),
                String.join("; ", flags));
    }
}
