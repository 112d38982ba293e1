package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import io.capbrief.RealData;
import io.capbrief.model.FundamentalsRow;
import io.capbrief.model.RejectedRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FundamentalsCsvReaderTest {

    private static final String HEADER = "Symbol,Name,Sector,Price,Price/Earnings,Dividend Yield,Earnings/Share,"
            + "52 Week Low,52 Week High,Market Cap,EBITDA,Price/Sales,Price/Book,SEC Filings\r\n";

    @TempDir
    Path dir;

    private final FundamentalsCsvReader reader = new FundamentalsCsvReader();

    @Test
    void readsEveryRowOfTheReal2024_11_01File() {
        Path real = RealData.file("fundamentals/sp500_constituents_financials_2024-11-01.csv");

        FundamentalsFile file = reader.read(real);

        assertThat(file.rows()).hasSize(503);
        // line 276: KEY,KeyCorp,Regional Banks,17.25,Infinity,0.0475,,... (earnings of 0): kept, P/E empty
        assertThat(file.rejected()).containsExactly(new RejectedRow(real.toString(), 276,
                "Price/Earnings", "Infinity", "Price/Earnings 'Infinity' is not a finite number; read as empty", false));
        assertThat(row(file.rows(), "KEY").trailingPe()).isNull();
        assertThat(row(file.rows(), "KEY").marketCap()).isEqualTo(17336940544.0);
    }

    @Test
    void keepsTheBlanksOfTheRealFileAsNullNeverZero() {
        List<FundamentalsRow> rows = reader.read(
                RealData.file("fundamentals/sp500_constituents_financials_2024-11-01.csv")).rows();

        // the blank counts SOURCES.md lists, checked against the file with python's csv module;
        // P/E: 29 blanks plus KeyCorp's "Infinity"
        assertThat(blanks(rows, FundamentalsRow::trailingPe)).isEqualTo(30);
        assertThat(blanks(rows, FundamentalsRow::ebitda)).isEqualTo(32);
        assertThat(blanks(rows, FundamentalsRow::price)).isEqualTo(2);
        assertThat(blanks(rows, FundamentalsRow::marketCap)).isEqualTo(2);
        assertThat(blanks(rows, FundamentalsRow::eps)).isEqualTo(3);
        assertThat(rows).filteredOn(r -> r.eps() != null && r.eps() < 0).hasSize(27);
        assertThat(rows).noneMatch(r -> Double.valueOf(0.0).equals(r.price()) || Double.valueOf(0.0).equals(r.marketCap()));
    }

    @Test
    void readsHandCheckedRowsOfTheRealFile() {
        List<FundamentalsRow> rows = reader.read(
                RealData.file("fundamentals/sp500_constituents_financials_2024-11-01.csv")).rows();

        // line 41: AAPL,Apple Inc.,"Technology Hardware, Storage & Peripherals",225.91,34.33283,0.0043,6.58,...,3434758275072,131781001216,...
        assertThat(row(rows, "AAPL")).isEqualTo(new FundamentalsRow("AAPL", "Apple Inc.",
                "Technology Hardware, Storage & Peripherals", 225.91, 34.33283, 6.58, 3434758275072.0, 131781001216.0, 41));
        // line 62: BRK.B,Berkshire Hathaway,Multi-Sector Holdings,,,,,,,,,,,http://...
        assertThat(row(rows, "BRK.B")).isEqualTo(new FundamentalsRow("BRK.B", "Berkshire Hathaway",
                "Multi-Sector Holdings", null, null, null, null, null, 62));
        // line 69: BA,Boeing,Aerospace & Defense,149.31,,,-12.95,146.02,267.54,112739794944,-3991000064,...
        assertThat(row(rows, "BA")).isEqualTo(new FundamentalsRow("BA", "Boeing", "Aerospace & Defense",
                149.31, null, -12.95, 112739794944.0, -3991000064.0, 69));
    }

    @Test
    void aggregatesTheTrailingPeOfTheRealFile() {
        List<FundamentalsRow> rows = reader.read(
                RealData.file("fundamentals/sp500_constituents_financials_2024-11-01.csv")).rows();

        double marketCap = 0;
        double earnings = 0;
        int companies = 0;
        for (FundamentalsRow row : rows) {
            if (row.marketCap() != null && row.trailingPe() != null) {
                marketCap += row.marketCap();
                earnings += row.marketCap() / row.trailingPe();
                companies++;
            }
        }

        // computed once with python over the csv: sum(Market Cap) / sum(Market Cap / (Price/Earnings))
        // over the 473 rows with both defined and finite (KeyCorp's P/E is "Infinity")
        // = 51770227736064 / 1866072514071.1353 = 27.742881021873572 (awk agrees: 27.742881)
        assertThat(companies).isEqualTo(473);
        assertThat(marketCap / earnings).isCloseTo(27.742881021873572, within(1e-9));
    }

    @Test
    void quarantinesARowWithAnUnreadableNumberAndReadsOn() throws IOException {
        Path file = write(HEADER
                + "AAA,Alpha,Banks,10.5,n/a,,1.2,,,1000,,,,\r\n"
                + "BBB,Beta,Banks,20,15,,1.3,,,2000,300,,,\r\n");

        FundamentalsFile read = reader.read(file);

        assertThat(read.rows()).extracting(FundamentalsRow::ticker).containsExactly("BBB");
        assertThat(read.rejected()).containsExactly(new RejectedRow(file.toString(), 2, "Price/Earnings", "n/a",
                "Price/Earnings 'n/a' is not a number", true));
    }

    @Test
    void readsANonFiniteFigureAsEmptyAndNotesIt() throws IOException {
        Path file = write(HEADER + "DDD,Delta,Banks,12,NaN,,-Infinity,,,500,,,,\r\n");

        FundamentalsFile read = reader.read(file);

        assertThat(read.rows()).containsExactly(new FundamentalsRow("DDD", "Delta", "Banks", 12.0, null, null, 500.0, null, 2));
        assertThat(read.rejected()).extracting(RejectedRow::field, RejectedRow::value, RejectedRow::quarantined)
                .containsExactly(
                        tuple("Price/Earnings", "NaN", false),
                        tuple("Earnings/Share", "-Infinity", false));
    }

    @Test
    void quarantinesARowWithoutTickerOrWithTheWrongNumberOfFields() throws IOException {
        Path file = write(HEADER
                + ",Nameless,Banks,10,,,,,,,,,,\r\n"
                + "CCC,Short,Banks,10\r\n");

        FundamentalsFile read = reader.read(file);

        assertThat(read.rows()).isEmpty();
        assertThat(read.rejected()).extracting(RejectedRow::line, RejectedRow::field, RejectedRow::reason)
                .containsExactly(
                        tuple(2L, "Symbol", "no ticker"),
                        tuple(3L, null, "expected 14 fields but found 4"));
    }

    @Test
    void findsColumnsByNameInAnyOrder() throws IOException {
        Path file = write("EBITDA,Market Cap,Earnings/Share,Price/Earnings,Price,Sector,Name,Symbol\n"
                + "5,100,2,12.5,25,Banks,Gamma,GGG\n");

        assertThat(reader.read(file).rows())
                .containsExactly(new FundamentalsRow("GGG", "Gamma", "Banks", 25.0, 12.5, 2.0, 100.0, 5.0, 2));
    }

    @Test
    void rejectsAFileWithoutTheExpectedColumns() throws IOException {
        Path file = write("Symbol,Name,Sector\nAAPL,Apple Inc.,Information Technology\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(file + " line 1: no [Price, Price/Earnings, Earnings/Share, Market Cap, EBITDA] column");
    }

    private static long blanks(List<FundamentalsRow> rows, Function<FundamentalsRow, Double> figure) {
        return rows.stream().filter(r -> figure.apply(r) == null).count();
    }

    private static FundamentalsRow row(List<FundamentalsRow> rows, String ticker) {
        return rows.stream().filter(r -> r.ticker().equals(ticker)).findFirst().orElseThrow();
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("constituents-financials.csv");
        Files.writeString(file, content);
        return file;
    }
}
