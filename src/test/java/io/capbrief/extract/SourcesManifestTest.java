package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.capbrief.model.EventSpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesManifestTest {

    @TempDir
    Path dir;

    @Test
    void theShippedManifestFetchesFromThePublishersButTheVendorsEstimatesAndTheCompanyCloses() {
        SourcesManifest shipped = SourcesManifest.read(Path.of("config/sources.yml"));

        assertThat(shipped.sources()).filteredOn(s -> s.url() != null).extracting(SourceSpec::id).containsExactly(
                "sp500", "nasdaq", "dgs10", "dff", "rut", "iwm-holdings", "spy-holdings", "sec-tickers", "sec-submissions", "sec-facts");
        assertThat(shipped.sources()).filteredOn(s -> s.url() == null).extracting(SourceSpec::id)
                .containsExactly("estimates", "company-closes");
        assertThat(shipped.sources()).filteredOn(s -> s.id().equals("dgs10")).singleElement()
                .extracting(SourceSpec::url).isEqualTo("https://fred.stlouisfed.org/graph/fredgraph.csv?id=DGS10");
        assertThat(shipped.sources()).filteredOn(SourceSpec::perCompany).extracting(SourceSpec::url).containsExactly(
                "https://data.sec.gov/submissions/CIK{cik}.json", "https://data.sec.gov/api/xbrl/companyfacts/CIK{cik}.json");
    }

    @Test
    void readsSourcesAndEventsWithPathsRelativeToTheManifest() throws IOException {
        Files.createDirectories(dir.resolve("prices"));
        Files.writeString(dir.resolve("prices/RUT.csv"), "Date,Close\n");
        Path file = write("""
                sources:
                  - { id: rut,   format: price-csv, path: prices/RUT.csv, index: RUSSELL_2000 }
                  - { id: dgs10, format: fred-csv,  path: fred/DGS10.csv, series: DGS10 }
                events:
                  - { id: us-election, date: 2024-11-05, label: US election }
                """);

        SourcesManifest manifest = SourcesManifest.read(file);

        assertThat(manifest.sources()).extracting(SourceSpec::target).containsExactly("RUSSELL_2000", "DGS10");
        assertThat(manifest.events()).containsExactly(new EventSpec("us-election", LocalDate.of(2024, 11, 5), "US election"));
        assertThat(manifest.files(manifest.sources().get(0))).containsExactly(dir.resolve("prices/RUT.csv"));
        assertThat(manifest.files(manifest.sources().get(1))).isEmpty();
    }

    @Test
    void expandsGlobsInNameOrder() throws IOException {
        Files.createDirectories(dir.resolve("fred"));
        Files.writeString(dir.resolve("fred/DGS10-2.csv"), "");
        Files.writeString(dir.resolve("fred/DGS10-1.csv"), "");
        Files.writeString(dir.resolve("fred/DFF.csv"), "");
        Path file = write("sources:\n  - { id: dgs10, format: fred-csv, path: 'fred/DGS10-*.csv', series: DGS10 }\n");

        SourcesManifest manifest = SourcesManifest.read(file);

        assertThat(manifest.files(manifest.sources().get(0)))
                .containsExactly(dir.resolve("fred/DGS10-1.csv"), dir.resolve("fred/DGS10-2.csv"));
    }

    @Test
    void expandsGlobsThatLeadOutOfTheManifestsFolder() throws IOException {
        // as config/sources.yml reads ../landing
        Files.createDirectories(dir.resolve("landing/holdings"));
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("landing/holdings/IWM_holdings_2024-11-22.csv"), "");
        Files.writeString(dir.resolve("landing/holdings/IWM_holdings_2024-06-28.csv"), "");
        Files.writeString(dir.resolve("landing/holdings/SPY_holdings_2024-11-22.xlsx"), "");
        Path file = dir.resolve("config/sources.yml");
        Files.writeString(file, "sources:\n  - { id: iwm, format: ishares-holdings-csv, path: '../landing/holdings/IWM_holdings_*.csv', index: RUSSELL_2000 }\n"
                + "  - { id: none, format: ishares-holdings-csv, path: '../nowhere/*.csv', index: RUSSELL_2000 }\n");

        SourcesManifest manifest = SourcesManifest.read(file);

        assertThat(manifest.files(manifest.sources().get(0))).containsExactly(
                dir.resolve("landing/holdings/IWM_holdings_2024-06-28.csv"), dir.resolve("landing/holdings/IWM_holdings_2024-11-22.csv"));
        assertThat(manifest.files(manifest.sources().get(1))).isEmpty();
    }

    @Test
    void reportsEveryProblemOfAnInvalidManifestAtOnce() throws IOException {
        Path file = write("""
                sources:
                  - { id: rut, format: excel, path: RUT.csv, index: RUSSELL_2000 }
                  - { id: rut, format: fred-csv, path: x.csv, index: RUSSELL_3000 }
                  - { id: dgs, format: fred-csv, path: y.csv }
                """);

        assertThatThrownBy(() -> SourcesManifest.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("source #1 'rut': unknown format 'excel', expected one of [fred-csv, price-csv, ishares-holdings-csv, "
                        + "spdr-holdings-xlsx, sec-companyfacts-json, sec-companyfacts-zip, sec-company-tickers-json, sec-submissions-json, fundamentals-csv, estimates-csv, ticker-prices-csv, "
                        + "earnings-calendar-json]")
                .hasMessageContaining("source #2 'rut': id used twice")
                .hasMessageContaining("source #2 'rut': unknown index 'RUSSELL_3000'")
                .hasMessageContaining("source #3 'dgs': give exactly one of 'index'");
    }

    @Test
    void eachFormatNamesWhatItNeeds() throws IOException {
        Path file = write("""
                sources:
                  - { id: iwm,   format: ishares-holdings-csv, path: IWM.csv }
                  - { id: facts, format: sec-companyfacts-json, path: 'sec/*.json', index: RUSSELL_2000 }
                  - { id: spx,   format: fundamentals-csv, path: financials.csv }
                  - { id: est,   format: estimates-csv, path: estimates.csv }
                """);

        assertThatThrownBy(() -> SourcesManifest.read(file))
                .hasMessageContaining("source #1 'iwm': ishares-holdings-csv needs 'index'")
                .hasMessageContaining("source #2 'facts': sec-companyfacts-json files name their companies themselves")
                .hasMessageContaining("source #3 'spx': fundamentals-csv needs 'asOf'")
                .hasMessageNotContaining("'est'");
    }

    @Test
    void companyLevelFilesAreStoredUnderTheirFormat() throws IOException {
        Path file = write("""
                sources:
                  - { id: iwm,   format: ishares-holdings-csv, path: IWM.csv, index: RUSSELL_2000 }
                  - { id: spx,   format: fundamentals-csv, path: financials.csv, asOf: 2024-11-01 }
                """);

        SourcesManifest manifest = SourcesManifest.read(file);

        assertThat(manifest.sources()).extracting(SourceSpec::target).containsExactly("RUSSELL_2000", "fundamentals-csv");
        assertThat(manifest.sources().get(1).asOf()).isEqualTo(LocalDate.of(2024, 11, 1));
    }

    @Test
    void rejectsAnUnknownKeyRatherThanIgnoringATypo() throws IOException {
        Path file = write("sources:\n  - { id: rut, format: price-csv, pth: RUT.csv, index: RUSSELL_2000 }\n");

        assertThatThrownBy(() -> SourcesManifest.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not a valid sources manifest")
                .hasMessageContaining("pth");
    }

    @Test
    void anEntryMayNameTheUrlItIsFetchedFromAndHeadersFromTheEnvironment() throws IOException {
        Path file = write("""
                sources:
                  - { id: dgs10, format: fred-csv, path: fred/DGS10.csv, series: DGS10, url: "https://fred.stlouisfed.org/graph/fredgraph.csv?id=DGS10" }
                  - { id: facts, format: sec-companyfacts-json, path: "sec/CIK*.json", url: "https://data.sec.gov/api/xbrl/companyfacts/CIK{cik}.json" }
                  - { id: estimates, format: estimates-csv, path: "estimates/consensus_*.csv", url: "https://vendor.example/consensus.csv", headers: { Authorization: VENDOR_TOKEN } }
                """);

        SourcesManifest manifest = SourcesManifest.read(file);

        assertThat(manifest.sources()).extracting(SourceSpec::perCompany).containsExactly(false, true, false);
        assertThat(manifest.sources().get(2).headers()).containsExactly(java.util.Map.entry("Authorization", "VENDOR_TOKEN"));
        assertThat(manifest.sources().get(0).headers()).isEmpty();
    }

    @Test
    void refusesAUrlThatIsNotHttpACikUrlWithoutOneStarAndHeadersWithoutAUrl() throws IOException {
        Path file = write("""
                sources:
                  - { id: a, format: fred-csv, path: fred/A.csv, series: A, url: "ftp://example.org/A.csv" }
                  - { id: b, format: sec-companyfacts-json, path: sec/facts.json, url: "https://data.sec.gov/CIK{cik}.json" }
                  - { id: c, format: fred-csv, path: fred/C.csv, series: C, headers: { Authorization: TOKEN } }
                  - { id: d, format: fred-csv, path: fred/D.csv, series: D, url: "https://example.org/D.csv", headers: { Authorization: "not a variable" } }
                """);

        assertThatThrownBy(() -> SourcesManifest.read(file)).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("source #1 'a': url 'ftp://example.org/A.csv' is not an http or https address")
                .hasMessageContaining("source #2 'b': a url with {cik} needs a path with exactly one '*' for the CIK")
                .hasMessageContaining("source #3 'c': 'headers' are sent with a 'url', and the entry has none")
                .hasMessageContaining("source #4 'd': header 'Authorization' must name an environment variable");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("sources.yml");
        Files.writeString(file, yaml);
        return file;
    }
}
