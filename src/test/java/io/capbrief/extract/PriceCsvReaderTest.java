package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.capbrief.RealData;
import io.capbrief.model.RejectedRow;
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

        assertThat(reader.read(file, "RUSSELL_2000").observations())
                .containsExactly(new SeriesObservation("RUSSELL_2000", LocalDate.of(2024, 11, 5), 2260.840087890625, 2));
    }

    @Test
    void readsTheOldYahooLayoutWithAdjCloseAndSkipsNullDays() throws IOException {
        Path file = write("Date,Open,High,Low,Close,Adj Close,Volume\n"
                + "2024-11-21,1,1,1,2330.93,2330.93,1\n"
                + "2024-11-22,null,null,null,null,null,null\n");

        assertThat(reader.read(file, "RUSSELL_2000").observations()).extracting(SeriesObservation::value).containsExactly(2330.93);
    }

    @Test
    void readsAStooqExportWithAByteOrderMark() throws IOException {
        Path file = write("\uFEFFDate,Open,High,Low,Close,Volume\n2024-11-22,2366.44,2409.22,2366.44,2406.67,0\n");

        assertThat(reader.read(file, "RUSSELL_2000").observations()).extracting(SeriesObservation::value).containsExactly(2406.67);
    }

    @Test
    void quarantinesANegativeIndexCloseNamingItsLineAndKeepsTheOtherDays() throws IOException {
        Path file = write("Date,Open,High,Low,Close,Volume\n"
                + "2024-11-21,2330.0,2360.0,2320.0,2340.5,1\n"
                + "2024-11-22,2366.44,2409.22,2366.44,-2406.67,0\n");

        SeriesFile read = reader.read(file, "RUSSELL_2000");

        assertThat(read.observations())
                .containsExactly(new SeriesObservation("RUSSELL_2000", LocalDate.of(2024, 11, 21), 2340.5, 2));
        assertThat(read.rejected()).containsExactly(new RejectedRow(file.toString(), 3, "Close", "-2406.67",
                "Close '-2406.67' is at or below 0 (a close must be above 0)", true));
    }

    @Test
    void quarantinesAZeroIndexClose() throws IOException {
        Path file = write("Date,Close\n2024-11-22,0.0\n");

        assertThat(reader.read(file, "SP_500").rejected()).extracting(RejectedRow::line, RejectedRow::value)
                .containsExactly(tuple(2L, "0.0"));
    }

    @Test
    void holdsARateSeriesToTheRateRangeNotToTheCloseRule() throws IOException {
        // a price export of a yield (Yahoo's ^TNX) may be loaded as a rate: -0.05 is a possible yield, 4410 is not
        Path file = write("Date,Close\n2024-11-21,-0.05\n2024-11-22,4410\n");

        SeriesFile read = reader.read(file, "TNX");

        assertThat(read.observations()).extracting(SeriesObservation::value).containsExactly(-0.05);
        assertThat(read.rejected()).extracting(RejectedRow::line, RejectedRow::reason)
                .containsExactly(tuple(3L, "Close '4410' is outside [-5, 100] percent (not a plausible rate)"));
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
        List<SeriesObservation> rows = reader.read(RealData.file("index_prices/yahoo_RUT.csv"), "RUSSELL_2000").observations();

        assertThat(rows).hasSize(3053);
        assertThat(rows).filteredOn(r -> r.date().equals(LocalDate.of(2024, 11, 6)))
                .extracting(SeriesObservation::value).containsExactly(2392.919921875);
    }

    @Test
    void readsEveryRealYahooFileWithoutQuarantiningARow() {
        for (String name : new String[] {"yahoo_RUT.csv", "yahoo_IWM.csv", "yahoo_SPY.csv", "yahoo_QQQ.csv", "yahoo_RTY_futures.csv"}) {
            assertThat(reader.read(RealData.file("index_prices/" + name), "RUSSELL_2000").rejected()).as(name).isEmpty();
        }
        // the 10-year yield (^TNX, in percent) and the VIX (82.69 at its 2020 high) pass as rate-like series
        for (String name : new String[] {"yahoo_TNX.csv", "yahoo_VIX.csv"}) {
            assertThat(reader.read(RealData.file("index_prices/" + name), "TNX").rejected()).as(name).isEmpty();
        }
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("prices.csv");
        Files.writeString(file, content);
        return file;
    }
}
