package io.capbrief.metrics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.metrics.fundamentals.CompanyFundamentals;
import io.capbrief.metrics.fundamentals.TtmDeriver;
import io.capbrief.model.CompanyFact;

/**
 * Each company's fundamentals kept from one history point to the next: a company files a few times a
 * year, so most months see the very facts the month before saw, and the derivation would repeat.
 * Only the staleness depends on the week itself; it is worked out afresh.
 */
final class FundamentalsMemo {

    private record Derived(List<CompanyFact> facts, CompanyFundamentals fundamentals) {}

    private final Map<String, Derived> byTicker = new HashMap<>();

    /**
     * As {@link TtmDeriver#derive} for the facts and week. The facts of successive weeks are cuts of one
     * list in known order (the store's), so the same size means the same facts.
     */
    CompanyFundamentals derive(String ticker, List<CompanyFact> facts, LocalDate week, TtmDeriver ttm) {
        Derived kept = byTicker.get(ticker);
        if (kept != null && kept.facts().size() == facts.size()
                && (facts.isEmpty() || kept.facts().get(facts.size() - 1) == facts.get(facts.size() - 1))) {
            CompanyFundamentals atWeek = ttm.atWeek(kept.fundamentals(), week);
            if (atWeek != kept.fundamentals()) {
                byTicker.put(ticker, new Derived(facts, atWeek));
            }
            return atWeek;
        }
        CompanyFundamentals derived = ttm.derive(facts, week);
        byTicker.put(ticker, new Derived(facts, derived));
        return derived;
    }
}
