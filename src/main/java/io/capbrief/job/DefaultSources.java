package io.capbrief.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.capbrief.extract.SourcesManifest;

import org.springframework.stereotype.Component;

/**
 * The embedded default: with no manifest named, runs read {@code config/sources.yml} over the
 * landing zone. An empty landing zone is an error, never a cue to brief the synthetic sample:
 * only {@code demo} and {@code sample-data} write that.
 */
@Component
public class DefaultSources {

    private final RunSettings settings;

    public DefaultSources(RunSettings settings) {
        this.settings = settings;
    }

    /**
     * The manifest to use: the one named, else the default.
     *
     * @throws NoSourceFilesException when none is named and the default has nothing to read
     */
    public Path manifest(Path named) {
        if (named != null) {
            return named;
        }
        Path manifest = defaultManifest();
        requireSources(manifest);
        return manifest;
    }

    /** {@code capbrief.sources} when that file exists, else the {@code sources.yml} a landing zone may carry. */
    public Path defaultManifest() {
        return Files.isRegularFile(settings.sources()) ? settings.sources() : settings.landingDir().resolve("sources.yml");
    }

    /**
     * Fails a run of the default manifest that would find no source file, with the one-line reason an
     * operator acts on; any other manifest is left to the planner, which names each entry it cannot match.
     */
    public void requireSources(Path manifest) {
        if (isDefault(manifest)) {
            missingSources().ifPresent(reason -> {
                throw new NoSourceFilesException(reason);
            });
        }
    }

    /** Why the default manifest has nothing to brief, or empty when it has something. */
    public Optional<String> missingSources() {
        Path manifest = defaultManifest();
        if (Files.isRegularFile(manifest) && hasSources(SourcesManifest.read(manifest))) {
            return Optional.empty();
        }
        return Optional.of("no source files in " + shown(settings.landingDir())
                + ": run `capbrief fetch`, put files there, or try `capbrief demo`");
    }

    /** As the operator configured it: binding drops the "./" of "./landing", which says where to look. */
    static String shown(Path dir) {
        String path = dir.toString();
        return dir.isAbsolute() || path.startsWith(".") ? path : "./" + path;
    }

    /** Whether any entry of the manifest matches a file or is fetched ({@code url:}), however empty its folder. */
    public boolean hasSources(SourcesManifest manifest) {
        return manifest.sources().stream().anyMatch(source -> source.url() != null || !manifest.files(source).isEmpty());
    }

    private boolean isDefault(Path manifest) {
        return manifest.toAbsolutePath().normalize().equals(defaultManifest().toAbsolutePath().normalize());
    }
}
