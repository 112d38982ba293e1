package io.capbrief.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.model.IndexCode;

/** The figures that have a history (METRICS.md section 8), under their figures.json names. */
public final class HistoryFigures {

    /** Of each index, in the briefing's order. */
    static final List<String> PER_INDEX = List.of("fwd_pe", "fwd_pe_ex_neg", "fwd_pe_median", "pct_unprofitable",
            "pct_unprofitable_weight", "net_debt_ebitda", "interest_coverage", "pct_zombies", "effective_rate");

    /** {@link #PER_INDEX} of every index, e.g. "RUSSELL_2000.fwd_pe", then "RELATIVE.fwd_pe". */
    public static final List<String> NAMES = names();

    private HistoryFigures() {}

    /** The history figures among a week's figures, every name present (null where the week lacks it). */
    public static Map<String, Double> of(Map<String, Double> figures) {
        Map<String, Double> history = new LinkedHashMap<>();
        NAMES.forEach(name -> history.put(name, figures.get(name)));
        return history;
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (IndexCode index : IndexCode.values()) {
            PER_INDEX.forEach(f -> names.add(index.name() + "." + f));
        }
        names.add("RELATIVE.fwd_pe");
        return List.copyOf(names);
    }
}
