package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import io.capbrief.RealData;
import io.capbrief.model.HoldingRow;
import io.capbrief.model.RejectedRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsharesHoldingsCsvReaderTest {

    private static final String HEADER = "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Notional Value,Quantity,"
            + "Price,Location,Exchange,Currency,FX Rate,Market Currency,Accrual Date\n";
    private static final String PREAMBLE = "\uFEFFiShares Russell 2000 ETF\n"
            + "Fund Holdings as of,\"Nov 05, 2025\"\n"
            + "Inception Date,\"May 22, 2000\"\n"
            + "Shares Outstanding,\"281,300,000.00\"\n"
            + "\u00A0\n";
    private static final String BE = "\"BE\",\"BLOOM ENERGY CLASS A CORP\",\"Industrials\",\"Equity\",\"731,205,514.79\",\"1.06\","
            + "\"731,205,514.79\",\"5,170,819.00\",\"141.41\",\"United States\",\"New York Stock Exchange Inc.\",\"USD\",\"1.00\",\"USD\",\"-\"\n";
    /** BE as the fund's one holding: a file's equity weights must add up to about 100%. */
    private static final String BE_ALONE = BE.replace("\"1.06\"", "\"100.00\"");
    private static final String FOOTER = " \n\"The content contained herein is owned or licensed by BlackRock, \"\"quoted\"\" text.\"\n"
            + "\"BE\",\"NOT A HOLDING\",\"Industrials\",\"Equity\",\"1\",\"1.00\",\"1\",\"1\",\"1\",\"x\",\"x\",\"USD\",\"1\",\"USD\",\"-\"\n";

    @TempDir
    Path dir;

    private final IsharesHoldingsCsvReader reader = new IsharesHoldingsCsvReader();

    @Test
    void readsTheRealIwmDownload() {
        Path file = RealData.file("holdings/ishares_IWM_holdings_2025-11-05.csv");

        HoldingsFile holdings = reader.read(file);

        assertThat(holdings.fund()).isEqualTo("iShares Russell 2000 ETF");
        assertThat(holdings.asOf()).isEqualTo(LocalDate.of(2025, 11, 5));
        // 1967 holdings rows: 1962 with Asset Class Equity, all kept, 3 of them without a ticker ("-":
        // unlisted warrants and vesting rights); the 5 others are cash, money market, collateral and
        // the RTYZ5 future
        assertThat(holdings.equities()).hasSize(1962);
        assertThat(holdings.equities()).filteredOn(r -> r.ticker() == null)
                .extracting(HoldingRow::line).containsExactly(1967L, 1975L, 1976L);
        assertThat(holdings.rejected()).hasSize(5).noneMatch(RejectedRow::quarantined);
        assertThat(holdings.equities()).first().isEqualTo(new HoldingRow("BE", "BLOOM ENERGY CLASS A CORP", "Industrials",
                0.0106, 141.41, 5_170_819.0, "USD", 11));
        assertThat(holdings.equities()).element(1).extracting(HoldingRow::ticker, HoldingRow::weight, HoldingRow::price)
                .containsExactly("CRDO", 0.009, 173.16);
        assertThat(holdings.equities()).filteredOn(r -> r.line() == 1974).singleElement().isEqualTo(new HoldingRow("SBT", "STERLING BANCORP INC", "Financials",
                0.0, 0.0, 580_763.0, "USD", 1974));
        assertThat(holdings.equities()).filteredOn(r -> "FUBO".equals(r.ticker()))
                .extracting(HoldingRow::sector, HoldingRow::line).containsExactly(tuple("Other", 658L));
        // 99.55%, inside the [90%, 110%] a whole fund's equities must sum to, or the file would have been refused
        assertThat(holdings.equities().stream().mapToDouble(HoldingRow::weight).sum()).isCloseTo(0.9955, within(1e-9));
    }

    @Test
    void recordsEveryRealRowItDidNotKeepWithItsReason() {
        HoldingsFile holdings = reader.read(RealData.file("holdings/ishares_IWM_holdings_2025-11-05.csv"));

        Map<String, Long> byReason = holdings.rejected().stream()
                .collect(Collectors.groupingBy(RejectedRow::reason, Collectors.counting()));
        assertThat(byReason).containsExactlyInAnyOrderEntriesOf(Map.of(
                "not an equity (Asset Class 'Cash')", 2L,
                "not an equity (Asset Class 'Money Market')", 1L,
                "not an equity (Asset Class 'Cash Collateral and Margins')", 1L,
                "not an equity (Asset Class 'Futures')", 1L));
        assertThat(holdings.rejected()).filteredOn(r -> r.value().equals("Futures"))
                .extracting(RejectedRow::line, RejectedRow::field).containsExactly(tuple(1977L, "Asset Class"));
    }

    @Test
    void quarantinesAnEquityWhoseWeightIsNotANumberAndKeepsReading() throws IOException {
        Path file = write(PREAMBLE + HEADER + BE.replace("\"1.06\"", "\"n/a\"") + BE_ALONE.replace("\"BE\"", "\"BE2\""));

        HoldingsFile holdings = reader.read(file);

        assertThat(holdings.equities()).extracting(HoldingRow::ticker, HoldingRow::line)
                .containsExactly(tuple("BE2", 8L));
        assertThat(holdings.rejected()).containsExactly(
                new RejectedRow(file.toString(), 7, "Weight (%)", "n/a", "Weight (%) 'n/a' is not a number", true));
    }

    @Test
    void quarantinesARowWithMissingFieldsAndAnUnreadablePrice() throws IOException {
        Path file = write(PREAMBLE + HEADER + "\"XYZ\",\"XYZ CORP\",\"Equity\"\n" + BE.replace("\"141.41\"", "\"1O.5\"")
                + BE_ALONE.replace("\"BE\"", "\"BE2\""));

        HoldingsFile holdings = reader.read(file);

        assertThat(holdings.equities()).extracting(HoldingRow::ticker).containsExactly("BE2");
        assertThat(holdings.rejected()).extracting(RejectedRow::line, RejectedRow::field, RejectedRow::reason, RejectedRow::quarantined)
                .containsExactly(
                        tuple(7L, null, "expected 15 fields but found 3", true),
                        tuple(8L, "Price", "Price '1O.5' is not a number", true));
    }

    @Test
    void findsTheHeaderByContentAndStopsAtTheFooter() throws IOException {
        // no preamble lines beyond the date, CRLF line endings, and a footer holding a row-like line
        Path file = write(("Fund Holdings as of,\"Nov 05, 2025\"\n" + HEADER + BE_ALONE + FOOTER).replace("\n", "\r\n"));

        HoldingsFile holdings = reader.read(file);

        assertThat(holdings.asOf()).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(holdings.equities()).extracting(HoldingRow::ticker, HoldingRow::line)
                .containsExactly(tuple("BE", 3L));
        assertThat(holdings.rejected()).isEmpty();
    }

    @Test
    void readsAFileThatEndsWithoutAFooter() throws IOException {
        Path file = write(PREAMBLE + HEADER + BE_ALONE);

        assertThat(reader.read(file).equities()).hasSize(1);
    }

    @Test
    void refusesAFileWhoseEquityWeightsSumTo300PercentNamingTheSum() throws IOException {
        // three funds' worth of weight: a file mislabelled or pasted together, whatever its rows say
        Path file = write(PREAMBLE + HEADER + BE_ALONE + BE_ALONE.replace("\"BE\"", "\"BE2\"")
                + BE_ALONE.replace("\"BE\"", "\"BE3\"") + FOOTER);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + ": the equity weights sum to 300.00%, outside [90%, 110%] of the fund: "
                        + "a mislabelled or truncated holdings file");
    }

    @Test
    void refusesATruncatedFileWhoseEquityWeightsSumToLessThan90Percent() throws IOException {
        // 1.06 + 88.93: just short of the 90% a whole fund's equities reach
        Path file = write(PREAMBLE + HEADER + BE + BE.replace("\"BE\"", "\"BE2\"").replace("\"1.06\"", "\"88.93\""));

        assertThatThrownBy(() -> reader.read(file))
                .hasMessage(file + ": the equity weights sum to 89.99%, outside [90%, 110%] of the fund: "
                        + "a mislabelled or truncated holdings file");
    }

    @Test
    void acceptsEquityWeightsOf90And110Percent() throws IOException {
        String ninety = PREAMBLE + HEADER + BE + BE.replace("\"BE\"", "\"BE2\"").replace("\"1.06\"", "\"88.94\"");
        String hundredTen = PREAMBLE + HEADER + BE + BE.replace("\"BE\"", "\"BE2\"").replace("\"1.06\"", "\"108.94\"");

        assertThat(reader.read(write(ninety)).equities()).hasSize(2);
        assertThat(reader.read(write(hundredTen)).equities()).hasSize(2);
    }

    @Test
    void failsNamingTheFileWhenThereIsNoHeaderLine() throws IOException {
        Path file = write(PREAMBLE + "Symbol,Name,Weight\nBE,BLOOM,1.06\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + ": no header line with 'Ticker' and 'Weight (%)'; expected an iShares holdings download");
    }

    @Test
    void failsNamingTheFileWhenThereIsNoAsOfDate() throws IOException {
        Path file = write("iShares Russell 2000 ETF\n\u00A0\n" + HEADER + BE);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + ": no 'Fund Holdings as of' date before the header on line 3");
    }

    @Test
    void failsNamingTheLineOfAnUnreadableAsOfDate() throws IOException {
        Path file = write("iShares Russell 2000 ETF\nFund Holdings as of,\"2025-11-05\"\n" + HEADER + BE);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + " line 2: Fund Holdings as of '2025-11-05' is not a date like 'Nov 05, 2025'");
    }

    @Test
    void failsNamingTheFileAndOffsetWhenItIsAZipRatherThanText() throws IOException {
        Path file = dir.resolve("holdings.csv");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0, (byte) 0xC3, (byte) 0x28, 0, 0});

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + " line 1: not a text file: byte 0x03 at offset 2 is a control character (a binary file?)");
    }

    @Test
    void failsNamingTheLineOfANulByte() throws IOException {
        Path file = write("iShares Russell 2000 ETF\nFund\0Holdings\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + " line 2: not a text file: byte 0x00 at offset 29 is a control character (a binary file?)");
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("holdings.csv");
        Files.writeString(file, content);
        return file;
    }
}
