package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.capbrief.RealData;
import io.capbrief.extract.EarningsCalendarJsonReader.EarningsCalendar;
import io.capbrief.model.QuarterlyEstimate;
import io.capbrief.model.RejectedRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarningsCalendarJsonReaderTest {

    @TempDir
    Path dir;

    private final EarningsCalendarJsonReader reader = new EarningsCalendarJsonReader();

    @Test
    void readsTheReal2025_11_07CalendarKeepingNullEstimatesAsNull() {
        EarningsCalendar calendar = reader.read(RealData.file("estimates/earnings_calendar_estimates_2025-11-07.json"));

        // counted with python's json module: 1074 entries, 107 with a null estimate, 222 negative
        assertThat(calendar.estimates()).hasSize(1074);
        assertThat(calendar.estimates()).filteredOn(e -> e.estimate() == null).hasSize(107);
        assertThat(calendar.estimates()).filteredOn(e -> e.estimate() != null && e.estimate() < 0).hasSize(222);
        assertThat(calendar.rejected()).isEmpty();
        // {"symbol": "A", "name": "Agilent Technologies Inc", "reportDate": "2025-11-24",
        //  "fiscalDateEnding": "2025-10-31", "estimate": "1.58", "currency": "USD"}
        assertThat(calendar.estimates().get(0)).isEqualTo(new QuarterlyEstimate("A", "Agilent Technologies Inc",
                LocalDate.of(2025, 11, 24), LocalDate.of(2025, 10, 31), 1.58, "USD"));
    }

    @Test
    void readsTheReal2025_12_26Calendar() {
        EarningsCalendar calendar = reader.read(RealData.file("estimates/earnings_calendar_estimates_2025-12-26.json"));

        // counted with python's json module: 2036 entries, 120 with a null estimate, 398 negative
        assertThat(calendar.estimates()).hasSize(2036);
        assertThat(calendar.estimates()).filteredOn(e -> e.estimate() == null).hasSize(120);
        assertThat(calendar.estimates()).filteredOn(e -> e.estimate() != null && e.estimate() < 0).hasSize(398);
        assertThat(calendar.rejected()).isEmpty();
        // {"symbol": "AAPL", "name": "APPLE INC", "reportDate": "2026-01-29", "fiscalDateEnding": "2025-12-31",
        //  "estimate": "2.65", "currency": "USD"}
        assertThat(calendar.estimates()).filteredOn(e -> e.ticker().equals("AAPL")).containsExactly(
                new QuarterlyEstimate("AAPL", "APPLE INC", LocalDate.of(2026, 1, 29), LocalDate.of(2025, 12, 31), 2.65, "USD"));
    }

    @Test
    void quarantinesAnUnreadableEstimateOrDateAndReadsOn() throws IOException {
        Path file = write("""
                [
                {"symbol": "AAA", "name": "A", "reportDate": "2025-11-10", "fiscalDateEnding": "2025-09-30", "estimate": "-0.69", "currency": "USD"},
                {"symbol": "BBB", "name": "B", "reportDate": "2025-11-10", "fiscalDateEnding": "2025-09-30", "estimate": "n/a", "currency": "USD"},
                {"symbol": "CCC", "name": "C", "reportDate": "11/10/2025", "fiscalDateEnding": "2025-09-30", "estimate": null, "currency": "USD"},
                {"name": "D", "reportDate": "2025-11-10", "estimate": "0.1"},
                {"symbol": "EEE", "reportDate": "2025-11-12", "estimate": 0.25}
                ]""");

        EarningsCalendar calendar = reader.read(file);

        assertThat(calendar.estimates()).containsExactly(
                new QuarterlyEstimate("AAA", "A", LocalDate.of(2025, 11, 10), LocalDate.of(2025, 9, 30), -0.69, "USD"),
                new QuarterlyEstimate("EEE", null, LocalDate.of(2025, 11, 12), null, 0.25, null));
        assertThat(calendar.rejected()).containsExactly(
                new RejectedRow(file.toString(), 3, "estimate", "n/a", "entry at column 1: estimate 'n/a' is not a number", true),
                new RejectedRow(file.toString(), 4, "reportDate", "11/10/2025",
                        "entry at column 1: reportDate '11/10/2025' is not a date in the format yyyy-MM-dd", true),
                new RejectedRow(file.toString(), 5, "symbol", null, "entry at column 1: symbol is required", true));
    }

    @Test
    void rejectsAnObjectInsteadOfAnArray() throws IOException {
        Path file = write("{\"symbol\": \"AAPL\"}");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(file + " line 1: expected an earnings calendar: a JSON array");
    }

    @Test
    void rejectsAnArrayOfSomethingElseOrAFileThatIsNotJson() throws IOException {
        Path strings = write("[\"AAPL\", \"MSFT\"]");
        assertThatThrownBy(() -> reader.read(strings))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(strings + " line 1: an array element is not an object");

        Path csv = write("symbol,name,reportDate\nAAPL,Apple,2026-01-29\n");
        assertThatThrownBy(() -> reader.read(csv))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(csv + " line 1: not valid JSON");
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "earnings", ".json");
        Files.writeString(file, content);
        return file;
    }
}
