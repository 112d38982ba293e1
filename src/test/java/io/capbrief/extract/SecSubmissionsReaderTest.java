package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.capbrief.model.CompanyIndustry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecSubmissionsReaderTest {

    @TempDir
    Path dir;

    private final SecSubmissionsReader reader = new SecSubmissionsReader();

    @Test
    void readsTheSicCodePastTheFilings() throws IOException {
        // the shape of data.sec.gov/submissions/CIK##########.json, the filings list cut short
        Path file = write("""
                {"cik":"70858","entityType":"operating","sic":"6021","sicDescription":"National Commercial Banks",
                 "name":"BANK OF AMERICA CORP /DE/","tickers":["BAC","BAC-PB"],"exchanges":["NYSE","NYSE"],
                 "formerNames":[{"name":"NATIONSBANK CORP","from":"1994-01-01","to":"1998-09-25"}],
                 "filings":{"recent":{"accessionNumber":["0000070858-24-000123"],"filingDate":["2024-11-01"],
                 "form":["10-Q"]},"files":[]}}""");

        assertThat(reader.read(file)).isEqualTo(new CompanyIndustry("0000070858", "6021", "National Commercial Banks"));
    }

    @Test
    void aRegistrantWithoutASicCodeHasNoIndustry() throws IOException {
        assertThat(reader.read(write("{\"cik\":\"1234\",\"sic\":\"\",\"sicDescription\":\"\",\"filings\":{}}"))).isNull();
    }

    @Test
    void refusesASicCodeThatIsNotFourDigitsNamingTheLine() throws IOException {
        Path file = write("{\"cik\":\"1234\",\n\"sic\":\"60A2\"}");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("submissions.json").hasMessageContaining("line 2")
                .hasMessageContaining("sic '60A2' is not a four-digit SIC code");
    }

    @Test
    void refusesAFileWithoutACik() throws IOException {
        assertThatThrownBy(() -> reader.read(write("{\"sic\":\"6021\"}"))).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("cik missing");
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("submissions.json");
        Files.writeString(file, json);
        return file;
    }
}
