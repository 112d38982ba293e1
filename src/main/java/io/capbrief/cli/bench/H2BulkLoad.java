package io.capbrief.cli.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference: H2 loading the same facts from a CSV file into a table of {@code company_fact}'s
 * shape as the catalogue holds it: the same columns, primary key, foreign key to its load (H2
 * indexes it) and secondary indexes.
 */
final class H2BulkLoad {

    private final BenchReport report;

    H2BulkLoad(BenchReport report) {
        this.report = report;
    }

    void run(JdbcTemplate jdbc, Path work) {
        TableShape factTable = TableShape.read(jdbc, "company_fact");
        String csv = work.resolve("facts.csv").toString().replace("'", "''");
        jdbc.execute("CALL CSVWRITE('" + csv + "', 'SELECT " + String.join(", ", factTable.columns()) + " FROM company_fact')");
        factTable.createEmptyCopy(jdbc, "bench_fact");
        Stopwatch stopwatch = Stopwatch.start();
        int rows = jdbc.update("INSERT INTO bench_fact SELECT * FROM CSVREAD('" + csv + "')");
        double seconds = stopwatch.seconds();
        double cpuSeconds = stopwatch.cpuSeconds();
        jdbc.execute("DROP TABLE bench_fact");
        long rate = Math.round(rows / seconds);
        Map<String, Object> h2 = report.section("h2_bulk_load");
        h2.put("facts", rows);
        h2.put("seconds", BenchReport.round(seconds, 3));
        h2.put("rows_per_second", rate);
        h2.put("cpu_seconds", BenchReport.round(cpuSeconds, 3));
        h2.put("secondary_indexes", factTable.indexes());
        Map<String, Object> facts = report.section("ingest", FormatIngest.FACTS_FORMAT);
        double ratio = ((Number) facts.get("rows_per_second")).doubleValue() / rate;
        report.put("facts_ingest_ratio_to_h2_bulk_load", BenchReport.round(ratio, 3));
        // on a machine shared with other builds, CPU time is the steadier measure
        double cpuRatio = cpuSeconds / ((Number) facts.get("cpu_seconds")).doubleValue();
        report.put("facts_ingest_cpu_ratio_to_h2_bulk_load", BenchReport.round(cpuRatio, 3));
        report.row("H2 bulk load of the facts", String.format(Locale.ROOT, "%,d rows in %.2f s = %,d rows/s", rows,
                seconds, rate));
        report.row("facts ingest / H2 bulk load", String.format(Locale.ROOT,
                "%.2f by wall clock, %.2f by CPU time (target >= 0.5)", ratio, cpuRatio));
    }
}
