package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code capbrief runs} shows of a failed execution: the reason, not the stack trace. */
class RunHistoryTest {

    @Test
    void theExitColumnIsTheFirstLineWithoutTheExceptionsClassName() {
        String recorded = "io.capbrief.extract.SourceFormatException: landing/fred/DGS10.csv line 3: '1e999' is not a finite number\n"
                + "\tat io.capbrief.extract.FredCsvReader.read(FredCsvReader.java:88)\n";

        assertThat(RunHistory.reason(recorded)).isEqualTo("landing/fred/DGS10.csv line 3: '1e999' is not a finite number");
        assertThat(RunHistory.reason("java.lang.IllegalStateException: no week")).isEqualTo("no week");
        assertThat(RunHistory.reason("")).isEmpty();
        assertThat(RunHistory.reason(null)).isEmpty();
        assertThat(RunHistory.reason("the week is held: RUSSELL_2000 moved 18% (limit 15%)")).isEqualTo(
                "the week is held: RUSSELL_2000 moved 18% (limit 15%)");
    }
}
