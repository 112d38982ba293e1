package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.capbrief.model.EstimateRow;
import io.capbrief.model.RejectedRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstimatesCsvReaderTest {

    @TempDir
    Path dir;

    private final EstimatesCsvReader reader = new EstimatesCsvReader();

    @Test
    void readsEveryColumnWithEmptyFieldsAsNull() throws IOException {
        Path file = write("ticker,as_of,fiscal_year_end,fy1_eps,fy2_eps,ntm_eps,analysts\r\n"
                + "AAPL,2024-11-22,2025-09-30,7.37,8.24,,41\r\n"
                + "PLUG,2024-11-22,2024-12-31,-1.05,-0.62,-0.70,\r\n"
                + "XYZ,2024-11-22,,,,,\r\n");

        EstimatesFile read = reader.read(file);

        LocalDate asOf = LocalDate.of(2024, 11, 22);
        assertThat(read.rows()).containsExactly(
                new EstimateRow("AAPL", asOf, LocalDate.of(2025, 9, 30), 7.37, 8.24, null, 41, 2),
                new EstimateRow("PLUG", asOf, LocalDate.of(2024, 12, 31), -1.05, -0.62, -0.70, null, 3),
                new EstimateRow("XYZ", asOf, null, null, null, null, null, 4));
        assertThat(read.rejected()).isEmpty();
    }

    @Test
    void findsColumnsByNameInAnyOrderAndToleratesAbsentOptionalOnes() throws IOException {
        Path file = write("\uFEFFntm_eps,ticker,as_of\n2.5,MSFT,2024-11-15\n");

        assertThat(reader.read(file).rows()).containsExactly(
                new EstimateRow("MSFT", LocalDate.of(2024, 11, 15), null, null, null, 2.5, null, 2));
    }

    @Test
    void quarantinesRowsWithABadDateOrNumberOrWithoutTickerOrAsOf() throws IOException {
        Path file = write("ticker,as_of,fiscal_year_end,fy1_eps,fy2_eps,ntm_eps,analysts\n"
                + "AAA,22/11/2024,2025-09-30,1,2,,3\n"
                + "BBB,2024-11-22,2025-09-30,1.2.3,2,,3\n"
                + ",2024-11-22,2025-09-30,1,2,,3\n"
                + "CCC,,2025-09-30,1,2,,3\n"
                + "DDD,2024-11-22,2025-09-30,1,2,,many\n"
                + "EEE,2024-11-22,2025-09-30,1,2\n"
                + "FFF,2024-11-22,2025-09-30,1,2,,3\n");

        EstimatesFile read = reader.read(file);

        assertThat(read.rows()).extracting(EstimateRow::ticker).containsExactly("FFF");
        String name = file.toString();
        assertThat(read.rejected()).containsExactly(
                new RejectedRow(name, 2, "as_of", "22/11/2024", "as_of '22/11/2024' is not a date in the format yyyy-MM-dd", true),
                new RejectedRow(name, 3, "fy1_eps", "1.2.3", "fy1_eps '1.2.3' is not a number", true),
                new RejectedRow(name, 4, "ticker", "", "ticker is required", true),
                new RejectedRow(name, 5, "as_of", "", "as_of is required", true),
                new RejectedRow(name, 6, "analysts", "many", "analysts 'many' is not a count", true),
                new RejectedRow(name, 7, null, null, "expected 7 fields but found 5", true));
    }

    @Test
    void rejectsAnUnknownColumn() throws IOException {
        Path file = write("ticker,as_of,fy1eps\nAAPL,2024-11-22,7.37\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(file + " line 1: unknown column [fy1eps]; expected the columns");
    }

    @Test
    void rejectsAFileWithoutTheRequiredColumns() throws IOException {
        Path file = write("ticker,ntm_eps\nAAPL,7.9\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + " line 1: no [as_of] column in header [ticker, ntm_eps]");
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("estimates.csv");
        Files.writeString(file, content);
        return file;
    }
}
