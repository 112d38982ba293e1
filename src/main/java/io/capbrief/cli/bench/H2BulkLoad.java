package io.capbrief.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The reference: H2 loading the same facts from a CSV file into a table of the store's shape: the
 * same columns, primary key, foreign key to its load (H2 indexes it) and secondary indexes, the
 * last read from the catalogue so that the reference follows the store's migrations.
 */
final class H2BulkLoad {

    private final BenchReport report;

    H2BulkLoad(BenchReport report) {
        this.report = report;
    }

    void run(JdbcTemplate jdbc, Path work) {
        String csv = work.resolve("facts.csv").toString().replace("'", "''");
        jdbc.execute("CALL CSVWRITE('" + csv + "', 'SELECT load_id, seq, cik, taxonomy, concept, unit, start_date, "
                + "end_date, val, fy, fp, form, filed FROM company_fact')");
        jdbc.execute("""
                CREATE TABLE bench_fact (
                    load_id BIGINT NOT NULL REFERENCES source_load (id), seq INTEGER NOT NULL, cik CHAR(10) NOT NULL,
                    taxonomy VARCHAR(20) NOT NULL, concept VARCHAR(200) NOT NULL, unit VARCHAR(20) NOT NULL,
                    start_date DATE, end_date DATE NOT NULL, val DOUBLE PRECISION NOT NULL, fy INTEGER, fp VARCHAR(4),
                    form VARCHAR(20), filed DATE NOT NULL,
                    PRIMARY KEY (load_id, seq))""");
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        jdbc.query("""
                SELECT c.INDEX_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS c
                JOIN INFORMATION_SCHEMA.INDEXES i ON i.INDEX_SCHEMA = c.INDEX_SCHEMA AND i.INDEX_NAME = c.INDEX_NAME
                WHERE c.TABLE_NAME = 'COMPANY_FACT' AND i.INDEX_TYPE_NAME = 'INDEX'
                  AND c.INDEX_NAME NOT IN (SELECT t.INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t
                                           WHERE t.TABLE_NAME = 'COMPANY_FACT' AND t.INDEX_NAME IS NOT NULL)
                ORDER BY c.INDEX_NAME, c.ORDINAL_POSITION""",
                (RowCallbackHandler) rs -> indexes
                        .computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(rs.getString(2).toLowerCase(Locale.ROOT)));
        indexes.forEach((name, columns) -> jdbc.execute(
                "CREATE INDEX bench_" + name + " ON bench_fact (" + String.join(", ", columns) + ")"));
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
        h2.put("secondary_indexes", indexes);
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
