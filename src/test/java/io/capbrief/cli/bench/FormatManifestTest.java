package io.capbrief.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.capbrief.extract.SourceSpec;
import io.capbrief.extract.SourcesManifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One format's sources written as a manifest of their own, which the manifest reader reads back as they were. */
class FormatManifestTest {

    @TempDir
    Path landing;

    @Test
    void theFormatsSourcesReadBackAsTheyWereAndTheirFilesStillMatch() throws IOException {
        // given
        Files.createDirectories(landing.resolve("fred"));
        Files.writeString(landing.resolve("fred/DGS10.csv"), "");
        Files.writeString(landing.resolve("fred/SP500.csv"), "");
        SourcesManifest manifest = SourcesManifest.read(Files.writeString(landing.resolve("sources.yml"), """
                sources:
                  - { id: sp500, format: fred-csv, path: "fred/SP*.csv", index: SP_500 }
                  - { id: rut,   format: price-csv, path: prices/RUT.csv, index: RUSSELL_2000 }
                  - { id: dgs10, format: fred-csv, path: fred/DGS10.csv, series: DGS10 }
                  - { id: vendor, format: fundamentals-csv, path: vendor/fundamentals.csv, asOf: 2024-11-15 }
                events:
                  - { id: us-election, date: 2024-11-05, label: US election }
                """));

        // when
        Path fred = FormatManifest.write(manifest, "fred-csv").orElseThrow();
        Path vendor = FormatManifest.write(manifest, "fundamentals-csv").orElseThrow();

        // then
        SourcesManifest fredOnly = SourcesManifest.read(fred);
        assertThat(fred).isEqualTo(landing.resolve("bench-fred-csv.yml"));
        assertThat(fredOnly.sources()).containsExactly(manifest.sources().get(0), manifest.sources().get(2));
        assertThat(fredOnly.files(fredOnly.sources().get(0))).containsExactly(landing.resolve("fred/SP500.csv"));
        assertThat(SourcesManifest.read(vendor).sources()).containsExactly(
                new SourceSpec("vendor", "fundamentals-csv", "vendor/fundamentals.csv", null, null, LocalDate.of(2024, 11, 15)));
        assertThat(Files.readString(fred)).doesNotContain("asOf", "null");
    }

    @Test
    void aFormatTheManifestDoesNotListHasNoManifest() throws IOException {
        SourcesManifest manifest = SourcesManifest.read(Files.writeString(landing.resolve("sources.yml"), """
                sources:
                  - { id: rut, format: price-csv, path: prices/RUT.csv, index: RUSSELL_2000 }
                """));

        assertThat(FormatManifest.write(manifest, "estimates-csv")).isEmpty();
    }
}
