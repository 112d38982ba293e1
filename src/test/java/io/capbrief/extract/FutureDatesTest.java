package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.capbrief.model.EstimateRow;
import io.capbrief.model.HoldingRow;
import io.capbrief.model.RejectedRow;
import io.capbrief.model.SeriesObservation;
import io.capbrief.model.TickerPrice;

import org.junit.jupiter.api.Test;

class FutureDatesTest {

    private static final Path FILE = Path.of("landing/prices/RUT.csv");
    private static final LocalDate TODAY = LocalDate.of(2024, 11, 25);

    @Test
    void quarantinesAnObservationDatedAfterTodayAndKeepsTodaysAndEarlier() {
        SeriesObservation friday = new SeriesObservation("RUSSELL_2000", LocalDate.of(2024, 11, 22), 2406.67, 2);
        SeriesObservation today = new SeriesObservation("RUSSELL_2000", TODAY, 2410.0, 3);
        RejectedRow earlier = new RejectedRow(FILE.toString(), 4, "Close", "-1", "Close '-1' is at or below 0", true);
        ExtractedFile read = new ExtractedFile(null, List.of(friday, today,
                new SeriesObservation("RUSSELL_2000", LocalDate.of(2099, 1, 1), 2420.0, 5)), List.of(earlier));

        ExtractedFile checked = FutureDates.quarantine(read, FILE, TODAY);

        assertThat(checked.records()).isEqualTo(List.of(friday, today));
        assertThat(checked.rejected()).containsExactly(earlier, new RejectedRow(FILE.toString(), 5, "date", "2099-01-01",
                "date 2099-01-01 is after 2024-11-25, the day the file was loaded: a future date", true));
    }

    @Test
    void quarantinesAFutureCompanyCloseAndAFutureEstimateByTheirOwnDates() {
        TickerPrice close = new TickerPrice("ACME", LocalDate.of(2024, 11, 26), 18.5, 7);
        EstimateRow estimate = new EstimateRow("ACME", LocalDate.of(2024, 12, 1), LocalDate.of(2025, 6, 30), null, null, 2.0, 3, 9);

        assertThat(FutureDates.quarantine(new ExtractedFile(null, List.of(close), List.of()), FILE, TODAY).rejected())
                .extracting(RejectedRow::line, RejectedRow::field, RejectedRow::value)
                .containsExactly(tuple(7L, "date", "2024-11-26"));
        // the fiscal year end ahead is what an estimate is about; only its as_of date must be past
        assertThat(FutureDates.quarantine(new ExtractedFile(null, List.of(estimate), List.of()), FILE, TODAY).rejected())
                .extracting(RejectedRow::line, RejectedRow::field, RejectedRow::reason)
                .containsExactly(tuple(9L, "as_of",
                        "as_of 2024-12-01 is after 2024-11-25, the day the file was loaded: a future date"));
    }

    @Test
    void leavesAFileWithoutFutureDatesAndRecordsThatAreNoDailyObservationAsTheyWere() {
        HoldingRow holding = new HoldingRow("ACME", "ACME CORP", "Industrials", 1.0, 18.5, 100.0, "USD", 11);
        ExtractedFile read = new ExtractedFile(LocalDate.of(2024, 11, 22), List.of(holding), List.of());

        assertThat(FutureDates.quarantine(read, FILE, TODAY)).isSameAs(read);
    }
}
