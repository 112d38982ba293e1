package io.capbrief.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import io.capbrief.RealData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample is recognised by its files' content: every sample's market files match, no publisher's download does. */
class SampleFingerprintsTest {

    @TempDir
    Path dir;

    @Test
    void theMarketFilesOfEverySampleAreRecognisedWhereverTheyWereWritten() throws IOException {
        // given the quick sample in one folder and a small full sample in another
        new SampleLandingZone().writeMarket(dir.resolve("quick"));
        new SampleLandingZone(10, 1).write(dir.resolve("small"));

        // then each index and rate file of both is one of the fingerprints
        for (String sample : List.of("quick", "small")) {
            for (String file : List.of("prices/RUT.csv", "fred/SP500.csv", "fred/NASDAQCOM.csv", "fred/DGS10.csv", "fred/DFF.csv")) {
                assertThat(SampleFingerprints.anyOf(List.of(sha256(dir.resolve(sample).resolve(file))))).as(sample + "/" + file).isTrue();
            }
        }
        assertThat(SampleFingerprints.marketFiles()).hasSize(5);
    }

    @Test
    void noRealPublisherFileIsTakenForTheSample() throws IOException {
        // given every real index, rate and holdings download in ../shared/data/real
        Path real = RealData.file("index_prices/yahoo_RUT.csv").getParent().getParent();
        List<String> hashes;
        try (Stream<Path> files = Files.walk(real)) {
            hashes = files.filter(Files::isRegularFile).map(SampleFingerprintsTest::sha256).toList();
        }

        // then none is the sample's
        assertThat(hashes).hasSizeGreaterThan(10);
        assertThat(SampleFingerprints.anyOf(hashes)).isFalse();
    }

    @Test
    void aSampleFileEditedByOneByteIsNoLongerTheSample() throws IOException {
        // given the sample's RUT closes with one digit changed, as a real file in the same layout would differ
        new SampleLandingZone().writeMarket(dir);
        Path rut = dir.resolve("prices/RUT.csv");
        Files.writeString(rut, Files.readString(rut).replaceFirst("\r\n2014-01-02,(\\d)", "\r\n2014-01-02,9"));

        // then
        assertThat(SampleFingerprints.anyOf(List.of(sha256(rut)))).isFalse();
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
