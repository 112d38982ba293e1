package io.capbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped table, config/sic-sectors.csv, and what is left without it. */
class SicSectorsTest {

    private final SicSectors shipped = SicSectors.load(Path.of("config/sic-sectors.csv"));

    @Test
    void mapsMetricsRangesToFinancialsAndRealEstate() {
        assertThat(shipped.sectorOf("6021")).isEqualTo("Financials"); // national commercial banks
        assertThat(shipped.sectorOf("6499")).isEqualTo("Financials");
        assertThat(shipped.sectorOf("6512")).isEqualTo("Real Estate"); // operators of buildings
        // REITs are 6798: METRICS.md's rule puts 6700-6799 in Financials
        assertThat(shipped.sectorOf("6798")).isEqualTo("Financials");
    }

    @Test
    void mapsTheRestToGicsLikeSectorsTheNarrowRangeFirst() {
        assertThat(shipped.sectorOf("2834")).isEqualTo("Health Care"); // pharmaceutical preparations, inside chemicals
        assertThat(shipped.sectorOf("2810")).isEqualTo("Materials");
        assertThat(shipped.sectorOf("3571")).isEqualTo("Information Technology"); // electronic computers, inside machinery
        assertThat(shipped.sectorOf("3560")).isEqualTo("Industrials");
        assertThat(shipped.sectorOf("7372")).isEqualTo("Information Technology"); // prepackaged software
        assertThat(shipped.sectorOf("4911")).isEqualTo("Utilities");
        assertThat(shipped.sectorOf("9995")).isNull(); // non-operating establishments
        assertThat(shipped.sectorOf(null)).isNull();
    }

    @Test
    void withoutTheFileOnlyFinancialsAndRealEstateComeFromSic(@TempDir Path dir) {
        SicSectors bare = SicSectors.load(dir.resolve("missing.csv"));

        assertThat(bare.sectorOf("6021")).isEqualTo("Financials");
        assertThat(bare.sectorOf("6512")).isEqualTo("Real Estate");
        assertThat(bare.sectorOf("2834")).isNull();
    }

    @Test
    void refusesALineThatIsNotARangeNamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sic.csv");
        Files.writeString(file, "# ranges\nfrom,to,sector\n6000,6499,Financials\n6599,6500,Real Estate\n");

        assertThatThrownBy(() -> SicSectors.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sic.csv line 4").hasMessageContaining("expected from <= to");
    }
}
