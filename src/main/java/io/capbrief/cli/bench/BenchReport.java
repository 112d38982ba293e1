package io.capbrief.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A benchmark's results: a nested map written as {@code bench.json}, and the console table. */
final class BenchReport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();

    /** The section under {@code key}, created on first use. */
    @SuppressWarnings("unchecked")
    Map<String, Object> section(String... path) {
        Map<String, Object> node = root;
        for (String key : path) {
            node = (Map<String, Object>) node.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
        }
        return node;
    }

    void put(String key, Object value) {
        root.put(key, value);
    }

    /** A line of the console table. */
    void row(String label, String value) {
        rows.add(new String[] {label, value});
    }

    void write(Path file) {
        JSON.writeValue(file.toFile(), root);
    }

    /** The figures a reader compares, one per line. */
    void print(PrintWriter out) {
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(10);
        out.println();
        rows.forEach(r -> out.println(String.format("%-" + width + "s  %s", r[0], r[1])));
        out.flush();
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
