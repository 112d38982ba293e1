package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.capbrief.model.TickerCik;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecCompanyTickersReaderTest {

    @TempDir
    Path dir;

    private final SecCompanyTickersReader reader = new SecCompanyTickersReader();

    @Test
    void readsTickersWithTheirCikPaddedToTenDigits() throws IOException {
        Path file = write("""
                {"0":{"cik_str":320193,"ticker":"AAPL","title":"Apple Inc."},\
                "1":{"cik_str":1067983,"ticker":"BRK-B","title":"BERKSHIRE HATHAWAY INC"},\
                "2":{"cik_str":"1045810","ticker":"NVDA","title":"NVIDIA CORP"},\
                "3":{"cik_str":1750,"ticker":"AIR"}}""");

        assertThat(reader.read(file)).containsExactly(
                new TickerCik("AAPL", "0000320193", "Apple Inc."),
                new TickerCik("BRK-B", "0001067983", "BERKSHIRE HATHAWAY INC"),
                new TickerCik("NVDA", "0001045810", "NVIDIA CORP"),
                new TickerCik("AIR", "0000001750", null));
    }

    @Test
    void readsAnEmptyObjectAsNoTickers() throws IOException {
        assertThat(reader.read(write("{}"))).isEmpty();
    }

    @Test
    void rejectsAnEntryWithoutCikOrTicker() throws IOException {
        Path noCik = write("{\"0\":{\"cik_str\":320193,\"ticker\":\"AAPL\"},\n\"1\":{\"ticker\":\"MSFT\"}}");
        assertThatThrownBy(() -> reader.read(noCik))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(noCik + " line 2: entry \"1\": cik_str missing is not a number of up to 10 digits");

        Path noTicker = write("{\"0\":{\"cik_str\":320193,\"title\":\"Apple Inc.\"}}");
        assertThatThrownBy(() -> reader.read(noTicker))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(noTicker + " line 1: entry \"0\" has no ticker");
    }

    @Test
    void rejectsAnArrayOrAFileThatIsNotJson() throws IOException {
        Path array = write("[{\"cik_str\":320193,\"ticker\":\"AAPL\"}]");
        assertThatThrownBy(() -> reader.read(array))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(array + " line 1: expected SEC company_tickers.json");

        Path html = write("<!DOCTYPE html>");
        assertThatThrownBy(() -> reader.read(html))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(html + " line 1: not valid JSON");
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "company_tickers", ".json");
        Files.writeString(file, content);
        return file;
    }
}
