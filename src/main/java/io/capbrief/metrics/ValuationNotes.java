package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.capbrief.metrics.fundamentals.CompanyFundamentals;
import io.capbrief.metrics.fundamentals.Constituent;
import io.capbrief.metrics.fundamentals.IndexAggregates;
import io.capbrief.metrics.fundamentals.Metric;
import io.capbrief.model.IndexCode;

/** The data-quality notes a week's valuation raises, worded for the briefing's data-quality section. */
final class ValuationNotes {

    private ValuationNotes() {}

    static DataNote noHoldings(IndexCode index, LocalDate week) {
        return new DataNote(index.label(), null, "no holdings file dated on or before " + week,
                "constituent aggregates empty");
    }

    /** One note per aggregate the index could not compute, with the aggregator's reason. */
    static List<DataNote> emptyAggregates(IndexCode index, IndexAggregates aggregates) {
        Map<String, String> reasons = new LinkedHashMap<>(aggregates.reasons());
        reasons.putAll(aggregates.debtProfileReasons());
        return emptyFigures(index, reasons);
    }

    /** One note per empty figure, from the reasons by figures.json name. */
    static List<DataNote> emptyFigures(IndexCode index, Map<String, String> reasons) {
        List<DataNote> notes = new ArrayList<>();
        reasons.forEach((figure, reason) -> notes.add(new DataNote(index.label(), null,
                index.name() + "." + figure + " is empty: " + reason, "shown as \u2013 (null in figures.json)")));
        return notes;
    }

    /** One note per metric and reason, counting the constituents whose figure is empty for it. */
    static List<DataNote> emptyMetrics(IndexCode index, List<Constituent> constituents) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Constituent c : constituents) {
            for (Metric metric : List.of(Metric.FORWARD_PE, Metric.NET_DEBT_TO_EBITDA, Metric.INTEREST_COVERAGE)) {
                String reason = c.metrics().reason(metric);
                if (reason != null) {
                    counts.merge(metric.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + reason, 1, Integer::sum);
                }
            }
        }
        List<DataNote> notes = new ArrayList<>();
        counts.forEach((what, n) -> notes.add(new DataNote(index.label(), null,
                n + " of " + constituents.size() + " constituents have no " + what, "left out of that aggregate's set")));
        return notes;
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

    /**
     * A maturity schedule summing above total debt has the same likely cause as near-term maturities
     * above 100% (total debt read from too few parts): name a few; the wall keeps them, as refi_wall does.
     */
    static Optional<DataNote> implausibleMaturitySchedules(IndexCode index, List<Constituent> constituents) {
        List<String> tickers = constituents.stream()
                .filter(c -> c.fundamentals().maturitySchedule() != null && c.fundamentals().totalDebt() != null
                        && c.fundamentals().maturitySchedule().total() > c.fundamentals().totalDebt())
                .map(c -> c.ticker() == null ? "(no ticker)" : c.ticker())
                .toList();
        if (tickers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DataNote(index.label(), null, tickers.size() + " of " + constituents.size()
                + " constituents have debt maturities summing above total debt (" + examples(tickers)
                + "): total debt may come from too few concepts", "figures kept as defined; check the filings' debt concepts"));
    }

    private static String examples(List<String> tickers) {
        return String.join(", ", tickers.subList(0, Math.min(5, tickers.size()))) + (tickers.size() > 5 ? ", ..." : "");
    }

        static DataNote withoutHistory(List<String> figures) {
        return new DataNote("history", null, "no earlier history point has " + String.join(", ", figures)
                + ", so their history percentiles are empty", "shown as \u2013; the history starts with the first holdings file");
    }

    static DataNote sectorsFromSic(int rows) {
        return new DataNote("holdings", null, rows + (rows == 1 ? " constituent row names" : " constituent rows name")
                + " no sector in its holdings file",
                "sector taken from the company's SEC SIC code (config/sic-sectors.csv)");
    }

    static DataNote pricedFromHoldings(LocalDate holdingsAsOf, int rows) {
        return new DataNote("holdings", null, rows
                + " constituent rows have no company price source and were priced from the holdings file dated " + holdingsAsOf,
                "holdings price used");
    }

    static DataNote filledFromVendor(int companies, LocalDate vendorAsOf) {
        return new DataNote("fundamentals-csv", null, companies + " companies had fields their filings "
                + "leave empty filled from the vendor file dated " + vendorAsOf, "vendor values used, filed facts kept");
    }

    /** @param action what the company's figures fall back to without filings */
    static DataNote noCik(String ticker, String action) {
        return new DataNote("ticker map", ticker, "no CIK for the ticker", "no filings used; " + action);
    }

    static DataNote noFiling(String ticker, String cik, LocalDate week, String action) {
        return new DataNote("SEC companyfacts", ticker, "no filing known at " + week + " (CIK " + cik + ")", action);
    }

    static DataNote stale(String ticker, CompanyFundamentals fundamentals, LocalDate week) {
        return new DataNote("SEC companyfacts", ticker, "stale: latest TTM ends "
                + fundamentals.latestTtmEnd() + ", more than 200 days before " + week, "figures kept");
    }
}
