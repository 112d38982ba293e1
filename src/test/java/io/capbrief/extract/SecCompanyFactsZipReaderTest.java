package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.capbrief.model.CompanyFact;
import io.capbrief.model.RejectedRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SEC's bulk companyfacts.zip, read straight from the zip for the wanted companies only, a company at a time. */
class SecCompanyFactsZipReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsOnlyTheWantedCompaniesOneAPart() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("CIK0000320193.json", company(320193, 93_736_000_000L));
        entries.put("CIK0000789019.json", company(789019, 88_136_000_000L));
        entries.put("CIK0001045810.json", "not even JSON: never inflated, since nobody wants it");
        Path zip = zip(entries);

        List<ExtractedFile> parts = new ArrayList<>();
        try (ExtractedParts read = new SecCompanyFactsZipReader().read(zip, Set.of("0000320193", "0000789019")::contains)) {
            read.forEachRemaining(parts::add);
        }

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).records()).singleElement().satisfies(r -> {
            CompanyFact fact = (CompanyFact) r;
            assertThat(fact.cik()).isEqualTo("0000320193");
            assertThat(fact.concept()).isEqualTo("NetIncomeLoss");
            assertThat(fact.value()).isEqualTo(93_736_000_000.0);
        });
        assertThat(parts.get(1).records()).extracting(r -> ((CompanyFact) r).cik()).containsExactly("0000789019");
    }

    @Test
    void aWantedEntryThatDoesNotReadIsQuarantinedAndTheOthersAreReadOn() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("CIK0000000002.json", "{\"cik\": 2, \"facts\": {\"us-gaap\": {");
        entries.put("CIK0000320193.json", company(320193, 93_736_000_000L));
        Path zip = zip(entries);

        ExtractedFile all = new SecCompanyFactsZipReader().readAll(zip);

        assertThat(all.records()).extracting(r -> ((CompanyFact) r).cik()).containsExactly("0000320193");
        assertThat(all.rejected()).singleElement().satisfies(row -> {
            assertThat(row.file()).isEqualTo(zip + "!CIK0000000002.json");
            assertThat(row.value()).isEqualTo("CIK0000000002.json");
            assertThat(row.reason()).startsWith(zip + "!CIK0000000002.json line 1: not valid JSON (Unexpected end-of-input");
            assertThat(row.quarantined()).isTrue();
        });
    }

    @Test
    void anEntryThatInflatesBeyondTheGuardsRatioRefusesTheZip() throws IOException {
        // 20 MB of spaces deflate to about 20 KB: a thousandfold inflation, beyond the 100-fold POI allows
        String bomb = "{\"cik\": 1, \"facts\": {}" + " ".repeat(20_000_000) + "}";
        Path zip = zip(Map.of("CIK0000000001.json", bomb));

        assertThatThrownBy(() -> new SecCompanyFactsZipReader().readAll(zip))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(zip + ": CIK0000000001.json cannot be read: ")
                .hasMessageContaining("Zip bomb detected");
    }

    @Test
    void aZipWithoutCompanyEntriesOrNoZipAtAllIsRefusedNamingTheFile() throws IOException {
        Path other = zip(Map.of("readme.txt", "hello"));
        Path notZip = Files.writeString(dir.resolve("companyfacts-not.zip"), "<html>login</html>");

        assertThatThrownBy(() -> new SecCompanyFactsZipReader().readAll(other))
                .hasMessage(other + ": holds no CIK##########.json entry; expected SEC's companyfacts.zip");
        assertThatThrownBy(() -> new SecCompanyFactsZipReader().readAll(notZip))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(notZip + ": not a zip that opens (");
    }

    @Test
    void theFormatReadsTheZipForTheConstituentsItIsGiven() throws IOException {
        Path zip = zip(Map.of("CIK0000320193.json", company(320193, 1L), "CIK0000789019.json", company(789019, 2L)));

        List<Object> records = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        try (ExtractedParts parts = SourceFormat.of("sec-companyfacts-zip").readParts(zip, null, null, () -> Set.of("0000789019"))) {
            parts.forEachRemaining(p -> {
                records.addAll(p.records());
                rejected.addAll(p.rejected());
            });
        }

        assertThat(records).extracting(r -> ((CompanyFact) r).value()).containsExactly(2.0);
        assertThat(rejected).isEmpty();
    }

    private static String company(int cik, long netIncome) {
        return "{\"cik\": " + cik + ", \"entityName\": \"Co " + cik + "\", \"facts\": {\"us-gaap\": {\"NetIncomeLoss\": {\"units\": "
                + "{\"USD\": [{\"start\": \"2023-10-01\", \"end\": \"2024-09-28\", \"val\": " + netIncome
                + ", \"accn\": \"0000320193-24-000123\", \"fy\": 2024, \"fp\": \"FY\", \"form\": \"10-K\", \"filed\": \"2024-11-01\"}]}}}}}";
    }

    private Path zip(Map<String, String> entries) throws IOException {
        Path zip = Files.createTempFile(dir, "companyfacts", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(entry.getKey()));
                z.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }
}
