package io.capbrief.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.metrics.fundamentals.IndexAggregates;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads figures.json: the key figures, unrounded, under stable names (BRIEFING.md). */
public final class FiguresJsonWriter {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String toJson(Briefing briefing) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("week", briefing.week().toString());
        document.put("version", briefing.version());
        document.put("generatedAt", briefing.generatedAt().toString());
        document.put("figures", briefing.figures());
        document.put("sources", briefing.sources().stream().map(s -> {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("id", s.id());
            source.put("file", s.file());
            source.put("sha256", s.sha256());
            source.put("asOf", s.asOf() == null ? null : s.asOf().toString());
            return source;
        }).toList());
        return JSON.writeValueAsString(document);
    }

    public void write(Briefing briefing, Path file) {
        try {
            Files.writeString(file, toJson(briefing));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The figures of a figures.json document, in their written order, nulls kept. */
    public static Map<String, Double> figures(String json) {
        Map<String, Object> document = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
        Map<String, Double> figures = new LinkedHashMap<>();
        Object section = document.get("figures");
        if (section instanceof Map<?, ?> map) {
            map.forEach((k, v) -> figures.put((String) k, v == null ? null : ((Number) v).doubleValue()));
        }
        return figures;
    }

    /** One line per figure that differs, "name: old → new", for a correction note. */
    public static List<String> changes(Map<String, Double> issued, Map<String, Double> now) {
        Map<String, Double> before = reported(issued);
        return reported(now).entrySet().stream()
                .filter(e -> !java.util.Objects.equals(before.get(e.getKey()), e.getValue()) || !before.containsKey(e.getKey()))
                .map(e -> e.getKey() + ": " + shown(e.getKey(), issued) + " \u2192 " + shown(e.getKey(), now))
                .toList();
    }

    /**
     * The figures a reader is given: without the values kept under {@code .low_coverage}, which no page shows as a
     * number; two versions that differ only there say the same.
     */
    public static Map<String, Double> reported(Map<String, Double> figures) {
        Map<String, Double> reported = new java.util.LinkedHashMap<>(figures);
        reported.keySet().removeIf(name -> name.endsWith(IndexAggregates.LOW_COVERAGE));
        return reported;
    }

    private static String shown(String name, Map<String, Double> figures) {
        return figures.get(name) == null && NotSignificant.of(figures, name)
                ? io.capbrief.metrics.fundamentals.Aggregate.NOT_SIGNIFICANT : FigureDisplay.format(name, figures.get(name));
    }
}
