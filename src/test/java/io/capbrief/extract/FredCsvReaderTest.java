package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FredCsvReaderTest {

    @TempDir
    Path dir;

    private final FredCsvReader reader = new FredCsvReader();

    @ParameterizedTest
    @ValueSource(strings = {"observation_date,DGS10", "DATE,DGS10", "date,DGS10", "date,value"})
    void acceptsEveryHeaderVariantSeenInTheWild(String header) throws IOException {
        Path file = write(header + "\n2024-11-21,4.43\n2024-11-22,4.41\n");

        List<SeriesObservation> rows = reader.read(file, "DGS10").observations();

        assertThat(rows).containsExactly(
                new SeriesObservation("DGS10", LocalDate.of(2024, 11, 21), 4.43, 2),
                new SeriesObservation("DGS10", LocalDate.of(2024, 11, 22), 4.41, 3));
    }

    @Test
    void skipsMissingValuesWrittenAsDotOrLeftEmptyNeverReadingThemAsZero() throws IOException {
        Path file = write("observation_date,DGS10\r\n2024-11-27,4.25\r\n2024-11-28,.\r\n2024-11-29,\r\n2024-12-02,4.19\r\n");

        List<SeriesObservation> rows = reader.read(file, "DGS10").observations();

        assertThat(rows).extracting(SeriesObservation::date)
                .containsExactly(LocalDate.of(2024, 11, 27), LocalDate.of(2024, 12, 2));
        assertThat(rows).extracting(SeriesObservation::value).containsExactly(4.25, 4.19);
    }

    @Test
    void rejectsAHeaderThatIsNotAFredSeries() throws IOException {
        Path file = write("Symbol,Price\nAAPL,230.1\n");

        assertThatThrownBy(() -> reader.read(file, "DGS10"))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining(file.toString() + " line 1")
                .hasMessageContaining("not a FRED series header");
    }

    @Test
    void namesTheLineOfANonNumericValue() throws IOException {
        Path file = write("date,value\n2024-11-21,4.43\n2024-11-22,n/a\n");

        assertThatThrownBy(() -> reader.read(file, "DGS10"))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + " line 3: value 'n/a' is not a number");
    }

    @Test
    void namesTheLineOfADateInAnUnknownFormat() throws IOException {
        Path file = write("date,value\n11/22/2024,4.41\n");

        assertThatThrownBy(() -> reader.read(file, "DGS10"))
                .hasMessage(file + " line 2: date '11/22/2024' is not a date in the expected format yyyy-MM-dd (e.g. 2024-11-22)");
    }

    @Test
    void refusesADateThatAppearsTwice() throws IOException {
        Path file = write("date,value\n2024-11-22,4.41\n2024-11-22,4.40\n");

        assertThatThrownBy(() -> reader.read(file, "DGS10"))
                .hasMessage(file + " line 3: date 2024-11-22 appears twice (also on line 2)");
    }

    @Test
    void quarantinesARateOutsideMinusFiveToOneHundredPercentAndKeepsTheBounds() throws IOException {
        Path file = write("observation_date,DGS10\n2024-11-19,-5\n2024-11-20,100\n2024-11-21,441\n2024-11-22,-5.01\n");

        SeriesFile read = reader.read(file, "DGS10");

        assertThat(read.observations()).extracting(SeriesObservation::value).containsExactly(-5.0, 100.0);
        assertThat(read.rejected()).containsExactly(
                new RejectedRow(file.toString(), 4, "DGS10", "441", "DGS10 '441' is outside [-5, 100] percent (not a plausible rate)", true),
                new RejectedRow(file.toString(), 5, "DGS10", "-5.01", "DGS10 '-5.01' is outside [-5, 100] percent (not a plausible rate)", true));
    }

    @Test
    void quarantinesANegativeIndexValueOfAFredIndexSeries() throws IOException {
        Path file = write("date,value\n2024-11-21,5948.71\n2024-11-22,-5969.34\n");

        SeriesFile read = reader.read(file, "SP_500");

        assertThat(read.observations()).extracting(SeriesObservation::value).containsExactly(5948.71);
        assertThat(read.rejected()).containsExactly(new RejectedRow(file.toString(), 3, "value", "-5969.34",
                "value '-5969.34' is at or below 0 (a close must be above 0)", true));
    }

    @Test
    void refusesABinaryFileNamingTheOffsetOfItsFirstControlByte() throws IOException {
        // a gzip body saved under the series' name: before, the run failed with the decoder's "Input length = 1"
        Path file = dir.resolve("DGS10.csv");
        Files.write(file, new byte[] {'o', 'b', 's', '\n', (byte) 0xFF, (byte) 0xFE, 0x1F, (byte) 0x8B, 0x08, 0x00});

        assertThatThrownBy(() -> reader.read(file, "DGS10"))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + " line 2: not a text file: byte 0x1F at offset 6 is a control character (a binary file?)");
    }

    @Test
    void readsEveryRealFredFileWithoutQuarantiningARow() {
        // the real rates, spreads and index levels all keep to the rules: a rule that bit them would be wrong
        for (String name : new String[] {"rates/fred_DGS10__macro_charts.csv", "rates/fred_DGS10__macro_monitor.csv",
                "rates/fred_DGS2__macro_charts.csv", "rates/fred_FEDFUNDS__macro_charts.csv",
                "rates/fred_FEDFUNDS__macro_monitor.csv", "rates/fred_T10Y2Y__macro_charts.csv",
                "credit/fred_BAMLC0A0CM__macro_charts.csv", "credit/fred_BAMLH0A0HYM2__macro_charts.csv",
                "credit/fred_BAMLH0A0HYM2__macro_monitor.csv"}) {
            assertThat(reader.read(RealData.file(name), "RATE").rejected()).as(name).isEmpty();
        }
        assertThat(reader.read(RealData.file("index_prices/fred_SP500__macro_monitor.csv"), "SP_500").rejected()).isEmpty();
        assertThat(reader.read(RealData.file("index_prices/fred_NASDAQCOM__fred_relay_2023-08-15_on.csv"), "NASDAQ_COMPOSITE")
                .rejected()).isEmpty();
    }

    @Test
    void readsTheRealDgs10DownloadWithItsLowerCaseDateHeader() {
        List<SeriesObservation> rows = reader.read(RealData.file("rates/fred_DGS10__macro_charts.csv"), "DGS10").observations();

        assertThat(rows).hasSize(5896);
        assertThat(rows).filteredOn(r -> r.date().equals(LocalDate.of(2024, 11, 5)))
                .extracting(SeriesObservation::value).containsExactly(4.26);
    }

    @Test
    void skipsTheEmptyHolidayRowsOfTheRealMacroMonitorFile() {
        List<SeriesObservation> rows = reader.read(RealData.file("rates/fred_DGS10__macro_monitor.csv"), "DGS10").observations();

        // 3130 data rows, of which 131 are holidays with an empty value
        assertThat(rows).hasSize(2999);
        assertThat(rows).noneMatch(r -> r.value() == 0.0);
    }

    @Test
    void readsTheRealSp500FileWithEmptyHolidayRows() {
        List<SeriesObservation> rows = reader.read(RealData.file("index_prices/fred_SP500__macro_monitor.csv"), "SP_500").observations();

        // 2609 rows, 95 of them holidays with an empty value
        assertThat(rows).hasSize(2514);
        assertThat(rows).filteredOn(r -> r.date().equals(LocalDate.of(2024, 11, 6)))
                .extracting(SeriesObservation::value).containsExactly(5929.04);
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("series.csv");
        Files.writeString(file, content);
        return file;
    }
}
