package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.capbrief.report.FiguresJsonWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A week briefed from SEC's bulk companyfacts.zip instead of a file per company: the same facts, only the constituents'. */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:companyfacts-zip;DB_CLOSE_DELAY=-1"})
class CompanyFactsZipFunctionalTests {

    @Autowired
    WeeklyBriefingLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void aWeekReadsTheConstituentsFromTheBulkZipAndNoOtherCompany() throws IOException {
        // given the three companies of the valuation fixture, zipped with a fourth that is in no index and does not read
        Path manifest = ValuationFixtures.twoHoldingsUniverse(dir, "");
        Path zip = dir.resolve("sec/companyfacts.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String cik : List.of("0000000001", "0000000002", "0000000009", "0000000003")) {
                Path json = dir.resolve("sec/CIK" + cik + ".json");
                z.putNextEntry(new ZipEntry("CIK" + cik + ".json"));
                z.write(Files.isRegularFile(json) ? Files.readAllBytes(json) : "{ not a company".getBytes());
                z.closeEntry();
                Files.deleteIfExists(json);
            }
        }
        Files.writeString(manifest, Files.readString(manifest).replace(
                "{ id: facts,   format: sec-companyfacts-json,    path: 'sec/CIK*.json' }",
                "{ id: facts,   format: sec-companyfacts-zip,     path: sec/companyfacts.zip }"));

        // when
        WeekOutcome outcome = launcher.run(new WeekParameters(HistoryFunctionalTests.WEEK, manifest, dir.resolve("out")));

        // then BBB's loss of 10 makes one company of three unprofitable, as from the JSON files
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        Map<String, Double> figures = FiguresJsonWriter.figures(Files.readString(outcome.versionDir().resolve("figures.json")));
        assertThat(figures.get("RUSSELL_2000.pct_unprofitable")).isCloseTo(1.0 / 3, within(1e-12));
        // one load for the zip, holding the three constituents' net incomes and nothing of company 9
        assertThat(jdbc.queryForList("SELECT DISTINCT f.cik FROM company_fact f JOIN source_load l ON l.id = f.load_id "
                + "WHERE l.file_path LIKE '%companyfacts.zip' ORDER BY 1", String.class))
                .containsExactly("0000000001", "0000000002", "0000000003");
        assertThat(ValuationFixtures.dataQuality(outcome)).noneMatch(line -> line.contains("CIK0000000009"));
    }
}
