package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.capbrief.extract.TickerPricesCsvReader.TickerPrices;
import io.capbrief.model.RejectedRow;
import io.capbrief.model.TickerPrice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TickerPricesCsvReaderTest {

    @TempDir
    Path dir;

    private final TickerPricesCsvReader reader = new TickerPricesCsvReader();

    @Test
    void readsEachCompanysCloseWithItsLine() throws IOException {
        Path file = write("date,ticker,close\n2024-11-22,AAPL,229.87\n2024-11-22,BRK-B,470.28\n");

        TickerPrices read = reader.read(file);

        assertThat(read.prices()).containsExactly(
                new TickerPrice("AAPL", LocalDate.of(2024, 11, 22), 229.87, 2),
                new TickerPrice("BRK-B", LocalDate.of(2024, 11, 22), 470.28, 3));
        assertThat(read.rejected()).isEmpty();
    }

    @Test
    void findsTheColumnsByNameInAnyOrderAndCase() throws IOException {
        Path file = write("Close,Ticker,Date\n18.5,ACME,2024-11-22\n");

        assertThat(reader.read(file).prices())
                .containsExactly(new TickerPrice("ACME", LocalDate.of(2024, 11, 22), 18.5, 2));
    }

    @Test
    void quarantinesEachUnreadableRowNamingItsLineAndFieldAndKeepsTheRest() throws IOException {
        Path file = write("date,ticker,close\n"
                + "2024-11-22,,10.0\n"
                + "22/11/2024,ACME,10.0\n"
                + "2024-11-22,ACME,n/a\n"
                + "2024-11-22,ACME,Infinity\n"
                + "2024-11-22,BETA,12.25\n");

        TickerPrices read = reader.read(file);

        assertThat(read.prices()).containsExactly(new TickerPrice("BETA", LocalDate.of(2024, 11, 22), 12.25, 6));
        assertThat(read.rejected()).containsExactly(
                new RejectedRow(file.toString(), 2, "ticker", "", "no ticker", true),
                new RejectedRow(file.toString(), 3, "date", "22/11/2024",
                        "date '22/11/2024' is not a date in the format yyyy-MM-dd", true),
                new RejectedRow(file.toString(), 4, "close", "n/a", "close 'n/a' is not a number", true),
                new RejectedRow(file.toString(), 5, "close", "Infinity", "close 'Infinity' is not a number", true));
    }

    @Test
    void quarantinesACloseAtOrBelowZeroAsAValueThatCannotBeTrue() throws IOException {
        Path file = write("date,ticker,close\n2024-11-22,ACME,-18.5\n2024-11-22,BETA,0\n2024-11-22,GAMMA,0.01\n");

        TickerPrices read = reader.read(file);

        assertThat(read.prices()).containsExactly(new TickerPrice("GAMMA", LocalDate.of(2024, 11, 22), 0.01, 4));
        assertThat(read.rejected()).containsExactly(
                new RejectedRow(file.toString(), 2, "close", "-18.5", "close '-18.5' is at or below 0 (a close must be above 0)", true),
                new RejectedRow(file.toString(), 3, "close", "0", "close '0' is at or below 0 (a close must be above 0)", true));
    }

    @Test
    void refusesAFileWithoutTheThreeColumnsNamingItsHeader() throws IOException {
        Path file = write("Date,Close\n2024-11-22,2406.67\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(file + " line 1: header [Date, Close] is not a ticker prices header; "
                        + "expected the columns date,ticker,close");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("prices.csv");
        Files.writeString(file, text);
        return file;
    }
}
