package io.capbrief.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.capbrief.metrics.IndexPerformance;
import io.capbrief.model.EventSpec;
import io.capbrief.report.Briefing.IndexSummary;
import io.capbrief.report.Briefing.RateSummary;

import org.junit.jupiter.api.Test;

class SummarySentencesTest {

    private static final EventSpec ELECTION = new EventSpec("us-election", LocalDate.of(2024, 11, 5), "US election");
    private static final List<RateSummary> RATES = List.of(new RateSummary("DGS10", "10-year Treasury yield",
            LocalDate.of(2024, 11, 22), 4.41, -2.0, Map.of("us-election", 15.0), 53.0));

    private static IndexSummary index(String code, String label, Double week, Double ytd, Double event, Double offHigh,
            Double forwardPe) {
        return new IndexSummary(code, label, new IndexPerformance(LocalDate.of(2024, 11, 22), 2406.67, week, null, null, ytd,
                java.util.Collections.singletonMap("us-election", event), offHigh, LocalDate.of(2021, 11, 8), null, null),
                forwardPe);
    }

    private static final List<IndexSummary> INDICES = List.of(
            index("RUSSELL_2000", "Russell 2000", 0.045, 0.187, 0.0645, -0.0148, 28.0045),
            index("SP_500", "S&P 500", 0.017, 0.251, 0.032, -0.01, 23.0007),
            index("NASDAQ_COMPOSITE", "Nasdaq Composite", 0.017, 0.266, 0.031, -0.02, null));

    @Test
    void writesFiveSentencesFromTheNumbersWithTheValuationGap() {
        List<String> sentences = SummarySentences.write(INDICES, List.of(ELECTION), RATES,
                Map.of("RUSSELL_2000.pct_unprofitable", 0.394));

        assertThat(sentences).containsExactly(
                "The Russell 2000 rose 6.5% since the US election on 5 Nov 2024, ahead of the S&P 500 (+3.2%) and the Nasdaq Composite (+3.1%).",
                "Over the week the Russell 2000 gained 4.5%, ahead of the S&P 500 (+1.7%) and the Nasdaq Composite (+1.7%).",
                "Year to date the Russell 2000 is up 18.7%, behind the S&P 500 (+25.1%) and the Nasdaq Composite (+26.6%).",
                // 28.0045 / 23.0007 - 1 = 0.21755
                "The Russell 2000 trades at 28.0x forward earnings against 23.0x for the S&P 500, a 21.8% premium, and 39.4% of its companies lose money.",
                "The 10-year Treasury yield ended the week at 4.41% (-2 bp on the week).");
    }

    @Test
    void setsTheForwardPeAgainstItsTenYearAverageWhenTheHistoryHasOne() {
        List<String> sentences = SummarySentences.write(INDICES, List.of(ELECTION), RATES,
                Map.of("RUSSELL_2000.pct_unprofitable", 0.394, "RUSSELL_2000.fwd_pe.avg_10y", 24.4154));

        assertThat(sentences).contains("The Russell 2000 trades at 28.0x forward earnings (10-year average 24.4x) against "
                + "23.0x for the S&P 500, a 21.8% premium, and 39.4% of its companies lose money.");
    }

    @Test
    void withoutCompanyDataTheRecordFillsTheFifthSentence() {
        List<IndexSummary> noValuation = INDICES.stream().map(i -> new IndexSummary(i.code(), i.label(),
                new IndexPerformance(i.performance().closeDate(), i.performance().close(), i.performance().return1w(), null,
                        null, i.performance().returnYtd(), i.performance().eventReturns(), i.performance().offHigh(),
                        i.performance().highDate(), null, null),
                null)).toList();

        List<String> sentences = SummarySentences.write(noValuation, List.of(ELECTION), RATES, Map.of());

        assertThat(sentences).hasSize(5);
        // 2406.67 / (1 - 0.0148) = 2442.82
        assertThat(sentences.get(3)).isEqualTo("The Russell 2000 closed 1.5% below its record close of 2,442.82 on 8 Nov 2021.");
        assertThat(sentences).noneMatch(s -> s.contains("forward earnings"));
    }

    @Test
    void leavesOutASentenceWhoseFiguresAreMissing() {
        IndexSummary lead = index("RUSSELL_2000", "Russell 2000", null, null, null, null, null);

        assertThat(SummarySentences.write(List.of(lead), List.of(ELECTION), List.of(), Map.of())).isEmpty();
    }
}
