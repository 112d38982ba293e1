package io.capbrief.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

import io.capbrief.model.IndexCode;

/** Lays computed figures out under the stable names of BRIEFING.md ("RUSSELL_2000.return.ytd", "RATES.DGS10"). */
public final class FigureNames {

    private FigureNames() {}

    public static Map<String, Double> of(Map<IndexCode, IndexPerformance> indices, Map<String, RateLevel> rates) {
        Map<String, Double> figures = new LinkedHashMap<>();
        indices.forEach((index, p) -> {
            String prefix = index.name() + ".";
            figures.put(prefix + "close", p.close());
            figures.put(prefix + "return.1w", p.return1w());
            figures.put(prefix + "return.mtd", p.returnMtd());
            figures.put(prefix + "return.qtd", p.returnQtd());
            figures.put(prefix + "return.ytd", p.returnYtd());
            p.eventReturns().forEach((event, r) -> figures.put(prefix + "return.event." + event, r));
            figures.put(prefix + "off_high", p.offHigh());
            figures.put(prefix + "high_52w", p.high52w());
            figures.put(prefix + "low_52w", p.low52w());
        });
        rates.forEach((series, r) -> {
            String prefix = "RATES." + series;
            figures.put(prefix, r.level());
            figures.put(prefix + ".change_bp.1w", r.change1wBp());
            r.eventChangesBp().forEach((event, bp) -> figures.put(prefix + ".change_bp.event." + event, bp));
            figures.put(prefix + ".change_bp.ytd", r.changeYtdBp());
        });
        return figures;
    }
}
