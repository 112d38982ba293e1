package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.capbrief.RealData;
import io.capbrief.model.SeriesObservation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceCsvReaderTest {

    @TempDir
    Path dir;

    private final PriceCsvReader reader = new PriceCsvReader();

    @Test
    void findsDateAndCloseByNameInTheNewYahooColumnOrder() throws IOException {
        Path file = write("Date,Close,High,Low,Open,Volume\r\n2024-11-05,2260.840087890625,2260.9,2212.2,2216.6,3768310000\r\n");

        assertThat(reader.read(file, "RUSSELL_2000"))
                .containsExactly(new SeriesObservation("RUSSELL_2000", LocalDate.of(2024, 11, 5), 2260.840087890625, 2));
    }

    @Test
    void readsTheOldYahooLayoutWithAdjCloseAndSkipsNullDays() throws IOException {
        Path file = write("Date,Open,High,Low,Close,Adj Close,Volume\n"
                + "2024-11-21,1,1,1,2330.93,2330.93,1\n"
                + "2024-11-22,null,null,null,null,null,null\n");

        assertThat(reader.read(file, "RUSSELL_2000")).extracting(SeriesObservation::value).containsExactly(2330.93);
    }

    @Test
    void readsAStooqExportWithAByteOrderMark() throws IOException {
        Path file = write("\uFEFFDate,Open,High,Low,Close,Volume\n2024-11-22,2366.44,2409.22,2366.44,2406.67,0\n");

        assertThat(reader.read(file, "RUSSELL_2000")).extracting(SeriesObservation::value).containsExactly(2406.67);
    }

    @Test
    void rejectsAFileWithoutACloseColumn() throws IOException {
        Path file = write("Date,Open,High,Low,Volume\n2024-11-22,1,2,3,4\n");

        assertThatThrownBy(() -> reader.read(file, "RUSSELL_2000"))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(file + " line 1: no 'Close' column in header [Date, Open, High, Low, Volume]");
    }

    @Test
    void namesTheLineOfANonNumericClose() throws IOException {
        Path file = write("Date,Close\n2024-11-21,2330.93\n2024-11-22,abc\n");

        assertThatThrownBy(() -> reader.read(file, "RUSSELL_2000"))
                .hasMessage(file + " line 3: Close 'abc' is not a number")
                .satisfies(e -> assertThat(((SourceFormatException) e).line()).isEqualTo(3));
    }

    @Test
    void refusesARowWithMoreFieldsThanTheHeaderRatherThanReadingPartOfANumber() throws IOException {
        Path file = write("Date,Close\n2024-11-22,2,406.67\n");

        assertThatThrownBy(() -> reader.read(file, "RUSSELL_2000"))
                .hasMessage(file + " line 2: expected 2 fields but found 3");
    }

    @Test
    void namesTheLineOfAnUnknownDateFormat() throws IOException {
        Path file = write("Date,Close\n22.11.2024,2406.67\n");

        assertThatThrownBy(() -> reader.read(file, "RUSSELL_2000"))
                .hasMessageContaining(file + " line 2: Date '22.11.2024' is not a date");
    }

    @Test
    void readsTheRealYahooRussell2000File() {
        List<SeriesObservation> rows = reader.read(RealData.file("index_prices/yahoo_RUT.csv"), "RUSSELL_2000");

        assertThat(rows).hasSize(3053);
        assertThat(rows).filteredOn(r -> r.date().equals(LocalDate.of(2024, 11, 6)))
                .extracting(SeriesObservation::value).containsExactly(2392.919921875);
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("prices.csv");
        Files.writeString(file, content);
        return file;
    }
}
