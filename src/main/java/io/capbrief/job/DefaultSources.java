package io.capbrief.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.capbrief.sample.SampleLandingZone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The embedded default: with no manifest named, runs read {@code config/sources.yml} over the
 * landing zone, and an empty landing zone is first filled with the bundled sample data.
 */
@Component
public class DefaultSources {

    private static final Logger log = LoggerFactory.getLogger(DefaultSources.class);

    private final RunSettings settings;

    public DefaultSources(RunSettings settings) {
        this.settings = settings;
    }

    /** The manifest to use: the one named, else the default, writing the sample first if the landing zone is empty. */
    public Path manifest(Path named) {
        if (named != null) {
            return named;
        }
        Path landing = settings.landingDir();
        if (isEmpty(landing)) {
            new SampleLandingZone().write(landing);
            log.info("Landing zone {} was empty: wrote the bundled sample data into it", landing.toAbsolutePath());
        }
        return Files.isRegularFile(settings.sources()) ? settings.sources() : landing.resolve("sources.yml");
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.noneMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
