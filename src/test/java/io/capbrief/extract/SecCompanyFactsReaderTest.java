package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.capbrief.model.CompanyFact;
import io.capbrief.model.RejectedRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecCompanyFactsReaderTest {

    @TempDir
    Path dir;

    private final SecCompanyFactsReader reader = new SecCompanyFactsReader();

    private static final String COMPANY = """
            {"cik": 320193, "entityName": "Apple Inc.", "facts": {
              "dei": {
                "EntityCommonStockSharesOutstanding": {"label": "Shares", "description": "...", "units": {"shares": [
                  {"end": "2024-10-18", "val": 15115823000, "accn": "0000320193-24-000123", "fy": 2024, "fp": "FY", "form": "10-K", "filed": "2024-11-01", "frame": "CY2024Q3I"}
                ]}},
                "EntityPublicFloat": {"units": {"USD": [
                  {"end": "2024-03-29", "val": 2628000000000, "fy": 2024, "fp": "FY", "form": "10-K", "filed": "2024-11-01"}
                ]}}
              },
              "us-gaap": {
                "AccountsPayableCurrent": {"label": "Accounts Payable", "units": {"USD": [
                  {"end": "2024-09-28", "val": 68960000000, "fy": 2024, "fp": "FY", "form": "10-K", "filed": "2024-11-01"}
                ]}},
                "Revenues": {"label": "Revenues", "units": {"USD": [
                  {"start": "2022-09-25", "end": "2023-09-30", "val": 383285000000, "fy": 2023, "fp": "FY", "form": "10-K", "filed": "2023-11-03"},
                  {"start": "2022-09-25", "end": "2023-09-30", "val": 383000000000, "fy": 2024, "fp": "FY", "form": "10-K/A", "filed": "2024-02-01"},
                  {"start": "2023-10-01", "end": "2024-09-28", "val": 391035000000, "fy": null, "form": "10-K", "filed": "2024-11-01", "frame": "CY2024"},
                  {"start": "2023-10-01", "end": "2024-09-28", "val": 1, "fy": 2024, "fp": "FY", "form": "10-K"},
                  {"start": "2023-10-01", "end": "2024-13-28", "val": 2, "fy": 2024, "fp": "FY", "form": "10-K", "filed": "2024-11-01"}
                ], "EUR": [
                  {"start": "2023-10-01", "end": "2024-09-28", "val": 3, "filed": "2024-11-01"}
                ]}}
              },
              "srt": {"Revenues": {"units": {"USD": [{"end": "2024-09-28", "val": 4, "filed": "2024-11-01"}]}}}
            }}
            """;

    @Test
    void keepsOnlyTheConceptsOfTheMethodologyWithTheirUnitAndPaddedCik() throws IOException {
        CompanyFacts company = reader.read(write(COMPANY));

        assertThat(company.cik()).isEqualTo("0000320193");
        assertThat(company.entityName()).isEqualTo("Apple Inc.");
        assertThat(company.facts()).extracting(f -> f.taxonomy() + ":" + f.concept())
                .containsOnly("dei:EntityCommonStockSharesOutstanding", "us-gaap:Revenues")
                .doesNotContain("us-gaap:AccountsPayableCurrent", "dei:EntityPublicFloat", "srt:Revenues");
        assertThat(company.facts()).allMatch(f -> f.cik().equals("0000320193"));
    }

    @Test
    void readsAnInstantFactWithoutStartAndWithTheAccessionNumberOfItsFiling() throws IOException {
        CompanyFacts company = reader.read(write(COMPANY));

        assertThat(company.facts()).filteredOn(f -> f.concept().equals("EntityCommonStockSharesOutstanding"))
                .containsExactly(new CompanyFact("0000320193", "dei", "EntityCommonStockSharesOutstanding", "shares",
                        null, LocalDate.of(2024, 10, 18), 15115823000.0, 2024, "FY", "10-K", "0000320193-24-000123",
                        LocalDate.of(2024, 11, 1)));
    }

    @Test
    void keepsBothVersionsOfARestatedFactEachWithItsFilingDate() throws IOException {
        CompanyFacts company = reader.read(write(COMPANY));

        assertThat(company.facts()).filteredOn(f -> f.concept().equals("Revenues"))
                .containsExactly(
                        new CompanyFact("0000320193", "us-gaap", "Revenues", "USD", LocalDate.of(2022, 9, 25),
                                LocalDate.of(2023, 9, 30), 383285000000.0, 2023, "FY", "10-K", LocalDate.of(2023, 11, 3)),
                        new CompanyFact("0000320193", "us-gaap", "Revenues", "USD", LocalDate.of(2022, 9, 25),
                                LocalDate.of(2023, 9, 30), 383000000000.0, 2024, "FY", "10-K/A", LocalDate.of(2024, 2, 1)),
                        new CompanyFact("0000320193", "us-gaap", "Revenues", "USD", LocalDate.of(2023, 10, 1),
                                LocalDate.of(2024, 9, 28), 391035000000.0, null, null, "10-K", LocalDate.of(2024, 11, 1)));
    }

    @Test
    void quarantinesFactsWithoutFilingDateOrWithABadDateAndRecordsOtherUnitsAsSkipped() throws IOException {
        Path file = write(COMPANY);

        CompanyFacts company = reader.read(file);

        assertThat(company.rejected()).hasSize(3);
        RejectedRow noFiled = company.rejected().get(0);
        assertThat(noFiled.file()).isEqualTo(file.toString());
        assertThat(noFiled.line()).isEqualTo(18);
        assertThat(noFiled.field()).isEqualTo("filed");
        assertThat(noFiled.value()).isNull();
        assertThat(noFiled.reason()).startsWith("us-gaap:Revenues (USD) fact at column ").endsWith(": no filed date");
        assertThat(noFiled.quarantined()).isTrue();

        RejectedRow badDate = company.rejected().get(1);
        assertThat(badDate.line()).isEqualTo(19);
        assertThat(badDate.field()).isEqualTo("end");
        assertThat(badDate.value()).isEqualTo("2024-13-28");
        assertThat(badDate.reason()).endsWith("end '2024-13-28' is not a date in the format yyyy-MM-dd");
        assertThat(badDate.quarantined()).isTrue();

        RejectedRow euro = company.rejected().get(2);
        assertThat(euro.field()).isEqualTo("us-gaap:Revenues");
        assertThat(euro.value()).isEqualTo("EUR");
        assertThat(euro.quarantined()).isFalse();
    }

    @Test
    void quarantinesAFactWithoutValueOrWithATextValue() throws IOException {
        Path file = write("""
                {"facts": {"us-gaap": {"NetIncomeLoss": {"units": {"USD": [
                  {"start": "2024-01-01", "end": "2024-12-31", "filed": "2025-02-01"},
                  {"start": "2024-01-01", "end": "2024-12-31", "val": "n/a", "filed": "2025-02-01"},
                  {"start": "2025-01-01", "end": "2024-12-31", "val": 5, "filed": "2025-02-01"}
                ]}}}}, "cik": "0000000042"}
                """);

        CompanyFacts company = reader.read(file);

        assertThat(company.cik()).isEqualTo("0000000042");
        assertThat(company.entityName()).isNull();
        assertThat(company.facts()).isEmpty();
        assertThat(company.rejected()).extracting(RejectedRow::field, RejectedRow::value)
                .containsExactly(
                        tuple("val", null),
                        tuple("val", "n/a"),
                        tuple("start", "2025-01-01"));
        assertThat(company.rejected()).allMatch(RejectedRow::quarantined);
    }

    @Test
    void rejectsAFileThatIsNotJson() throws IOException {
        Path file = write("<html><body>Request Rate Threshold Exceeded</body></html>");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(file + " line 1: not valid JSON")
                .hasMessageContaining("expected an SEC companyfacts object");
    }

    @Test
    void rejectsAJsonArrayInsteadOfAnObject() throws IOException {
        Path file = write("[{\"cik\": 320193}]");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(file + " line 1: expected an SEC companyfacts object")
                .hasMessageContaining("but found");
    }

    @Test
    void rejectsAnObjectWithoutCikOrFacts() throws IOException {
        Path noCik = write("{\"entityName\": \"X\", \"facts\": {}}");
        assertThatThrownBy(() -> reader.read(noCik))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(noCik + ": no 'cik'; expected an SEC companyfacts object {\"cik\": ..., \"entityName\": ..., \"facts\": {...}}");

        Path noFacts = write("{\"cik\": 320193, \"entityName\": \"X\"}");
        assertThatThrownBy(() -> reader.read(noFacts))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageStartingWith(noFacts + ": no 'facts'");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path file = write("");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("expected an SEC companyfacts object");
    }

    @Test
    void streamsALargeFileKeepingOnlyTheMethodologyConcepts() throws IOException {
        Path file = dir.resolve("CIK0000000007.json");
        int kept = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("{\"cik\":7,\"entityName\":\"Big Filer Corp\",\"facts\":{\"us-gaap\":{");
            for (int concept = 0; concept < 2500; concept++) {
                // the kept concepts sit between the ignored ones, as in a real file
                String name = concept % 500 == 0 ? "NetIncomeLoss" + (concept == 0 ? "" : "X" + concept) : "IgnoredConcept" + concept;
                if (concept == 1000) {
                    name = "OperatingIncomeLoss";
                }
                boolean isKept = name.equals("NetIncomeLoss") || name.equals("OperatingIncomeLoss");
                out.write((concept == 0 ? "" : ",") + "\"" + name + "\":{\"label\":\"" + name + "\",\"description\":\"A long description of the concept that is not needed.\",\"units\":{\"USD\":[");
                for (int i = 0; i < 90; i++) {
                    int year = 2000 + i % 25;
                    out.write((i == 0 ? "" : ",") + "{\"start\":\"" + year + "-01-01\",\"end\":\"" + year + "-12-31\",\"val\":"
                            + (1000000 + i) + ",\"accn\":\"0000000007-" + year + "-000" + i + "\",\"fy\":" + year
                            + ",\"fp\":\"FY\",\"form\":\"10-K\",\"filed\":\"" + (year + 1) + "-02-15\",\"frame\":\"CY" + year + "\"}");
                    if (isKept) {
                        kept++;
                    }
                }
                out.write("]}}");
            }
            out.write("}}}");
        }
        assertThat(Files.size(file)).isGreaterThan(25_000_000L);

        CompanyFacts company = reader.read(file);

        assertThat(kept).isEqualTo(180);
        assertThat(company.facts()).hasSize(kept);
        assertThat(company.facts()).extracting(CompanyFact::concept).containsOnly("NetIncomeLoss", "OperatingIncomeLoss");
        assertThat(company.rejected()).isEmpty();
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "CIK", ".json");
        Files.writeString(file, content);
        return file;
    }
}
