package io.capbrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A correction note lists the figures a reader was given that changed, and never a value under the coverage floor. */
class CorrectionNoteTest {

    @Test
    void aFigureThatFellUnderTheFloorReadsNotSignificantAndItsKeptValueIsNoChange() {
        Map<String, Double> issued = new LinkedHashMap<>();
        issued.put("RUSSELL_2000.fwd_pe", 28.0);
        issued.put("RUSSELL_2000.coverage.fwd_pe", 0.95);
        Map<String, Double> now = new LinkedHashMap<>();
        now.put("RUSSELL_2000.fwd_pe", null);
        now.put("RUSSELL_2000.coverage.fwd_pe", 0.12);
        now.put("RUSSELL_2000.fwd_pe.low_coverage", 41.7);

        assertThat(FiguresJsonWriter.changes(issued, now)).containsExactly(
                "RUSSELL_2000.fwd_pe: 28.0x \u2192 n.s.",
                "RUSSELL_2000.coverage.fwd_pe: 95.0% \u2192 12.0%");
    }

    @Test
    void versionsThatDifferOnlyInAValueUnderTheFloorReportTheSameFigures() {
        Map<String, Double> before = Map.of("RUSSELL_2000.coverage.fwd_pe", 0.12, "RUSSELL_2000.fwd_pe.low_coverage", 41.7);
        Map<String, Double> after = Map.of("RUSSELL_2000.coverage.fwd_pe", 0.12, "RUSSELL_2000.fwd_pe.low_coverage", 39.0);

        assertThat(FiguresJsonWriter.changes(before, after)).isEmpty();
        assertThat(FiguresJsonWriter.reported(before)).isEqualTo(FiguresJsonWriter.reported(after));
    }
}
