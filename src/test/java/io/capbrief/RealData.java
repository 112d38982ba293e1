package io.capbrief;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The real public data files in ../shared/data/real: tests that use them skip cleanly where they are absent. */
public final class RealData {

    private RealData() {}

    public static Path file(String relative) {
        Path root = Path.of(System.getProperty("capbrief.shared.dir", "../shared")).resolve("data/real");
        Path file = root.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data file not present: " + file);
        return file;
    }
}
