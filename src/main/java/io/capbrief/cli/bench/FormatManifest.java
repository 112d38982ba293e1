package io.capbrief.cli.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.capbrief.extract.SourceSpec;
import io.capbrief.extract.SourcesManifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A manifest of one format's sources, so that each format is ingested and timed on its own. */
final class FormatManifest {

    // an absent index, series or asOf is left out, as the landing zone's manifest leaves it out
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private FormatManifest() {}

    /** The manifest's sources of {@code format}, written to {@code bench-<format>.yml}; empty when it lists none. */
    static Optional<Path> write(SourcesManifest manifest, String format) {
        List<SourceSpec> sources = manifest.sources().stream().filter(s -> s.format().equals(format)).toList();
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        // beside the landing zone's manifest, so the sources' relative paths and globs still hold
        Path file = manifest.folder().resolve("bench-" + format + ".yml");
        YAML.writeValue(file.toFile(), Map.of("sources", sources));
        return Optional.of(file);
    }
}
