package io.capbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import io.capbrief.report.Briefing;
import io.capbrief.report.SampleBriefings;

import org.junit.jupiter.api.Test;

/** The valuation page's sentence of the forward P/E against its averages, as FactSet's Earnings Insight puts it. */
class PdfValuationParametersTest {

    private final Briefing sample = SampleBriefings.week20241122();

    @Test
    void namesBothAveragesWhenBothAreKnown() {
        assertThat(PdfValuationParameters.againstAverages(with(Map.of()), "RUSSELL_2000", "Russell 2000"))
                .startsWith("Russell 2000: forward P/E 27.9x against a 5-year average of ")
                .contains(" and a 10-year average of ");
    }

    @Test
    void saysWhichAverageTheHistoryIsTooShortFor() {
        Map<String, Double> no10y = new HashMap<>();
        no10y.put("RUSSELL_2000.fwd_pe.avg_10y", null);
        no10y.put("RUSSELL_2000.fwd_pe.z_10y", null);
        no10y.put("RUSSELL_2000.fwd_pe.avg_5y", 22.54);
        no10y.put("RUSSELL_2000.fwd_pe.history_pct", 87.0);

        assertThat(PdfValuationParameters.againstAverages(with(no10y), "RUSSELL_2000", "Russell 2000")).isEqualTo(
                "Russell 2000: forward P/E 27.9x against a 5-year average of 22.5x (87th percentile); "
                        + "too little history yet for a 10-year average.");
    }

    private Briefing with(Map<String, Double> changed) {
        Map<String, Double> figures = new HashMap<>(sample.figures());
        figures.putAll(changed);
        return new Briefing(sample.week(), sample.version(), sample.generatedAt(), sample.indices(), sample.events(),
                sample.rates(), sample.sentences(), sample.closes(), sample.sources(), figures, sample.correction(),
                sample.findings(), sample.valuation());
    }
}
