package io.capbrief.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.capbrief.model.EventSpec;
import io.capbrief.model.IndexCode;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The sources manifest: which files to load, in which format, into which series, and the events
 * returns are measured from. Paths are relative to the manifest's folder and may be globs.
 */
public record SourcesManifest(Path file, List<SourceSpec> sources, List<EventSpec> events) {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private record Document(List<SourceSpec> sources, List<EventSpec> events) {}

    public static SourcesManifest read(Path file) {
        Document document;
        try {
            document = YAML.readValue(file.toFile(), Document.class);
        } catch (JacksonException e) {
            throw new SourceFormatException(file, 0, "not a valid sources manifest: " + e.getOriginalMessage());
        }
        if (document == null || document.sources() == null || document.sources().isEmpty()) {
            throw new SourceFormatException(file, 0, "the manifest lists no sources (expected a 'sources:' list)");
        }
        SourcesManifest manifest = new SourcesManifest(file.toAbsolutePath().normalize(), document.sources(),
                document.events() == null ? List.of() : document.events());
        manifest.validate();
        return manifest;
    }

    public Path folder() {
        return file.getParent();
    }

    /** The files a source's path or glob matches, sorted by name; empty when nothing matches. */
    public List<Path> files(SourceSpec source) {
        Path pattern = folder().resolve(source.path()).normalize();
        if (!source.path().matches(".*[*?\\[{].*")) {
            return Files.isRegularFile(pattern) ? List.of(pattern) : List.of();
        }
        Path root = globRoot(pattern);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(matcher::matches).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    /** The folder a glob's matches all lie under: its leading names free of glob characters (which may lead out of the manifest's folder, "../landing/..."). */
    private static Path globRoot(Path pattern) {
        Path root = pattern.getRoot();
        for (Path name : pattern) {
            if (name.toString().matches(".*[*?\\[{].*")) {
                break;
            }
            root = root == null ? name : root.resolve(name);
        }
        return root;
    }

    private static List<String> targetProblems(String where, SourceFormat format, SourceSpec s) {
        List<String> problems = new ArrayList<>();
        switch (format.target()) {
            case INDEX_OR_SERIES -> {
                if ((s.index() == null) == (s.series() == null)) {
                    problems.add(where + ": give exactly one of 'index' (" + List.of(IndexCode.values()) + ") or 'series' (e.g. DGS10)");
                }
            }
            case INDEX -> {
                if (s.index() == null || s.series() != null) {
                    problems.add(where + ": " + format.id() + " needs 'index' (" + List.of(IndexCode.values()) + ") and no 'series'");
                }
            }
            case AS_OF -> {
                if (s.asOf() == null) {
                    problems.add(where + ": " + format.id() + " needs 'asOf' (the date the file speaks for, yyyy-MM-dd)");
                }
            }
            case NONE -> {
                if (s.index() != null || s.series() != null) {
                    problems.add(where + ": " + format.id() + " files name their companies themselves; drop 'index'/'series'");
                }
            }
        }
        if (s.index() != null && Stream.of(IndexCode.values()).noneMatch(c -> c.name().equals(s.index()))) {
            problems.add(where + ": unknown index '" + s.index() + "', expected one of " + List.of(IndexCode.values()));
        }
        return problems;
    }

    private static List<String> urlProblems(String where, SourceSpec s) {
        List<String> problems = new ArrayList<>();
        if (s.url() == null) {
            if (!s.headers().isEmpty()) {
                problems.add(where + ": 'headers' are sent with a 'url', and the entry has none");
            }
            return problems;
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(s.url().replace(SourceSpec.CIK, "0000000000"));
        } catch (java.net.URISyntaxException e) {
            problems.add(where + ": url '" + s.url() + "' is not a URL (" + e.getReason() + ")");
            return problems;
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            problems.add(where + ": url '" + s.url() + "' is not an http or https address");
        }
        long stars = s.path() == null ? 0 : s.path().chars().filter(c -> c == '*').count();
        if (s.perCompany() && stars != 1) {
            problems.add(where + ": a url with " + SourceSpec.CIK + " needs a path with exactly one '*' for the CIK, e.g. sec/companyfacts/CIK*.json");
        } else if (stars > 1) {
            problems.add(where + ": a fetched file's path may hold one '*' (filled with the file's date), not " + stars);
        }
        if (s.path() != null && s.path().matches(".*[?\\[{].*")) {
            problems.add(where + ": a fetched file's path may not hold ?, [ or {: it names the file to write");
        }
        s.headers().forEach((header, variable) -> {
            if (header == null || !header.matches("[A-Za-z0-9-]+") || variable == null || !variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                problems.add(where + ": header '" + header + "' must name an environment variable (e.g. Authorization: VENDOR_TOKEN), not '" + variable + "'");
            }
        });
        return problems;
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceSpec s = sources.get(i);
            String where = "source #" + (i + 1) + (s.id() == null ? "" : " '" + s.id() + "'");
            if (s.id() == null || s.id().isBlank()) {
                problems.add(where + ": missing id");
            } else if (!ids.add(s.id())) {
                problems.add(where + ": id used twice");
            }
            if (s.path() == null || s.path().isBlank()) {
                problems.add(where + ": missing path");
            }
            SourceFormat format;
            try {
                format = SourceFormat.of(s.format());
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
                continue;
            }
            problems.addAll(targetProblems(where, format, s));
            problems.addAll(urlProblems(where, s));
        }
        Set<String> eventIds = new HashSet<>();
        for (EventSpec e : events) {
            if (e.id() == null || e.date() == null || e.label() == null) {
                problems.add("event " + e + ": needs id, date and label");
            } else if (!eventIds.add(e.id())) {
                problems.add("event '" + e.id() + "': id used twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new SourceFormatException(file, 0, String.join("; ", problems));
        }
    }
}
