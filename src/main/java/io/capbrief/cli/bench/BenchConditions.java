package io.capbrief.cli.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;

/** The scale a benchmark runs at and the machine it runs on: bench.json's first two sections. */
record BenchConditions(int companies, int years, int weeks, int pastRuns) {

    void report(BenchReport report) {
        Map<String, Object> scale = report.section("scale");
        scale.put("companies", companies);
        scale.put("years", years);
        scale.put("weeks", weeks);
        scale.put("past_runs", pastRuns);
        Map<String, Object> machine = report.section("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("java_version", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("load_average_at_start", BenchReport.round(
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2));
        report.row("scale", companies + " companies x " + years + " years, backfill " + weeks + " weeks, "
                + pastRuns + " past runs");
        report.row("machine", machine.get("cores") + " cores, max heap " + machine.get("max_heap_mb") + " MB, Java "
                + machine.get("java_version") + ", load " + machine.get("load_average_at_start"));
    }
}
