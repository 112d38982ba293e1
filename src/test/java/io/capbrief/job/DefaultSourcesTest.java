package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.capbrief.sample.SampleLandingZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default manifest over the landing zone: an empty landing zone is an error, never the sample. */
class DefaultSourcesTest {

    private static final String REASON = ": run `capbrief fetch`, put files there, or try `capbrief demo`";

    @TempDir
    Path dir;

    @Test
    void anEmptyLandingZoneStopsTheRunWithOneLineAndStaysEmpty() throws IOException {
        // given an empty landing zone and no config/sources.yml
        Path landing = Files.createDirectories(dir.resolve("landing"));
        DefaultSources sources = sources(dir.resolve("config/sources.yml"), landing);

        // then
        assertThatThrownBy(() -> sources.manifest(null)).isInstanceOf(NoSourceFilesException.class)
                .hasMessage("no source files in " + landing + REASON);
        assertThat(files(landing)).containsExactly(landing);
    }

    @Test
    void anEntryThatIsFetchedCountsHoweverEmptyItsFolder() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("sources.yml"), """
                sources:
                  - { id: dgs10, format: fred-csv, path: ../landing/fred/DGS10.csv, series: DGS10,
                      url: "https://fred.stlouisfed.org/graph/fredgraph.csv?id=DGS10" }
                """);
        Path landing = Files.createDirectories(dir.resolve("landing"));

        assertThat(sources(config.resolve("sources.yml"), landing).missingSources()).isEmpty();
    }

    @Test
    void aLandingZoneThatIsNotThereIsEmptyToo() {
        DefaultSources sources = sources(dir.resolve("config/sources.yml"), dir.resolve("missing"));

        assertThatThrownBy(() -> sources.manifest(null)).hasMessage("no source files in " + dir.resolve("missing") + REASON);
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void aConfiguredManifestThatMatchesNoFileHasNoSources() throws IOException {
        // given config/sources.yml reading ../landing, as shipped, and a landing zone holding only a stray file
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("sources.yml"), """
                sources:
                  - { id: rut, format: price-csv, path: ../landing/prices/RUT.csv, index: RUSSELL_2000 }
                """);
        Path landing = Files.createDirectories(dir.resolve("landing"));
        Files.writeString(landing.resolve("README.txt"), "drop the files here");
        DefaultSources sources = sources(config.resolve("sources.yml"), landing);

        // then
        assertThat(sources.missingSources()).contains("no source files in " + landing + REASON);

        // and once the file is there, the configured manifest is the one run
        Files.createDirectories(landing.resolve("prices"));
        Files.writeString(landing.resolve("prices/RUT.csv"), "Date,Close\n2024-11-22,2406.67\n");
        assertThat(sources.missingSources()).isEmpty();
        assertThat(sources.manifest(null)).isEqualTo(config.resolve("sources.yml"));
    }

    @Test
    void aLandingZoneWithFilesIsReadAsItIsWithoutWritingAnything() throws IOException {
        // given the sample's market files written into the landing zone by hand (sample-data), with its manifest
        Path landing = dir.resolve("landing");
        new SampleLandingZone().writeMarket(landing);
        List<Path> before = files(landing);
        DefaultSources sources = sources(dir.resolve("config/sources.yml"), landing);

        // then its own manifest is used, and nothing was added
        assertThat(sources.manifest(null)).isEqualTo(landing.resolve("sources.yml"));
        assertThat(files(landing)).isEqualTo(before);
    }

    @Test
    void aNamedManifestIsTheCallersToCheck() {
        DefaultSources sources = sources(dir.resolve("config/sources.yml"), dir.resolve("landing"));
        Path named = dir.resolve("elsewhere.yml");

        assertThat(sources.manifest(named)).isEqualTo(named);
        assertThatCode(() -> sources.requireSources(named)).doesNotThrowAnyException(); // the planner names each entry it cannot match
    }

    @Test
    void theReasonNamesTheLandingZoneAsConfigured() {
        // Spring binds "./landing" as "landing"
        assertThat(DefaultSources.shown(Path.of("landing"))).isEqualTo("./landing");
        assertThat(DefaultSources.shown(Path.of("../landing"))).isEqualTo("../landing");
        assertThat(DefaultSources.shown(Path.of("/srv/capbrief/landing"))).isEqualTo("/srv/capbrief/landing");
    }

    private DefaultSources sources(Path manifest, Path landing) {
        return new DefaultSources(new RunSettings(dir.resolve("data"), dir.resolve("out"), manifest, landing, "A4"));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.sorted().toList();
        }
    }
}
