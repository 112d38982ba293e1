package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.capbrief.RealData;
import io.capbrief.model.CompanyFact;
import io.capbrief.model.EstimateRow;
import io.capbrief.model.RejectedRow;
import io.capbrief.store.CompanyFactStore;
import io.capbrief.store.CompanyMasterStore;
import io.capbrief.store.EstimateStore;
import io.capbrief.store.HoldingStore;
import io.capbrief.store.RejectedRowStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Holdings, company facts and estimates through the weekly job into the point-in-time store. */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:company-ingest;DB_CLOSE_DELAY=-1"})
class CompanyDataIngestFunctionalTests {

    @Autowired
    WeeklyBriefingLauncher launcher;

    @Autowired
    HoldingStore holdings;

    @Autowired
    CompanyFactStore facts;

    @Autowired
    EstimateStore estimates;

    @Autowired
    CompanyMasterStore master;

    @Autowired
    RejectedRowStore rejected;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void loadsEveryKindPointInTimeQuarantinesBadRowsAndLoadsEachFileOnce() throws Exception {
        // given
        Files.createDirectories(dir.resolve("sec"));
        Files.writeString(dir.resolve("sec/CIK0000000042.json"), """
                {"cik":42,"entityName":"Example Corp","facts":{
                  "dei":{"EntityCommonStockSharesOutstanding":{"units":{"shares":[
                    {"end":"2025-10-20","val":1000000,"fy":2025,"fp":"Q3","form":"10-Q","filed":"2025-10-30"}]}}},
                  "us-gaap":{
                    "NetIncomeLoss":{"units":{"USD":[
                      {"start":"2024-01-01","end":"2024-12-31","val":500,"fy":2024,"fp":"FY","form":"10-K","filed":"2025-02-20"},
                      {"start":"2024-01-01","end":"2024-12-31","val":450,"fy":2024,"fp":"FY","form":"10-K/A","filed":"2025-11-20"},
                      {"start":"2024-01-01","end":"2024-12-31","val":"n/a","fy":2024,"fp":"FY","form":"10-K","filed":"2025-02-20"}]}},
                    "AccountsPayableCurrent":{"units":{"USD":[
                      {"end":"2024-12-31","val":77,"fy":2024,"fp":"FY","form":"10-K","filed":"2025-02-20"}]}}}}}
                """);
        Files.writeString(dir.resolve("sec/company_tickers.json"), """
                {"0":{"cik_str":42,"ticker":"EXMP","title":"Example Corp"}}
                """);
        Files.writeString(dir.resolve("estimates.csv"), """
                ticker,as_of,fiscal_year_end,fy1_eps,fy2_eps,ntm_eps,analysts
                EXMP,2025-10-31,2025-12-31,2.10,2.50,,7
                EXMP,2025-11-07,2025-12-31,2.00,2.40,2.30,7
                EXMP,2025-11-14,2025-12-31,1.90,2.30,2.20,7
                BAD,2025-13-01,2025-12-31,1.00,1.10,,3
                """);
        Path manifest = write("company.yml", """
                sources:
                  - { id: iwm,      format: ishares-holdings-csv,     path: %s, index: RUSSELL_2000 }
                  - { id: spx-fin,  format: fundamentals-csv,         path: %s, asOf: 2024-11-01 }
                  - { id: calendar, format: earnings-calendar-json,   path: %s }
                  - { id: facts,    format: sec-companyfacts-json,    path: 'sec/CIK*.json' }
                  - { id: tickers,  format: sec-company-tickers-json, path: sec/company_tickers.json }
                  - { id: est,      format: estimates-csv,            path: estimates.csv }
                """.formatted(RealData.file("holdings/ishares_IWM_holdings_2025-11-05.csv"),
                RealData.file("fundamentals/sp500_constituents_financials_2024-11-01.csv"),
                RealData.file("estimates/earnings_calendar_estimates_2025-11-07.json")));
        LocalDate week = LocalDate.of(2025, 11, 7);

        // when
        WeekOutcome outcome = launcher.run(new WeekParameters(week, manifest, dir.resolve("out")));

        // then
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        HoldingStore.Holdings iwm = holdings.asOf("RUSSELL_2000", week).orElseThrow();
        assertThat(iwm.asOf()).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(iwm.rows()).hasSize(1962);
        assertThat(holdings.asOf("RUSSELL_2000", LocalDate.of(2025, 11, 4))).isEmpty();
        assertThat(master.fundamentalsKnownAt(week)).hasSize(503);
        assertThat(master.fundamentalsKnownAt(LocalDate.of(2024, 10, 31))).isEmpty();
        assertThat(master.cikByTicker()).containsEntry("EXMP", "0000000042");
        assertThat(count("quarterly_estimate")).isEqualTo(1074);

        // the 10-K/A filed 2025-11-20 is not known at 2025-11-07, but it is a week later
        assertThat(facts.knownAt(week).get("0000000042")).extracting(CompanyFact::concept, CompanyFact::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NetIncomeLoss", 500.0),
                        org.assertj.core.groups.Tuple.tuple("EntityCommonStockSharesOutstanding", 1_000_000.0));
        assertThat(facts.knownAt(LocalDate.of(2025, 11, 21)).get("0000000042")).extracting(CompanyFact::value)
                .containsExactly(500.0, 1_000_000.0, 450.0);

        Map<String, EstimateRow> latest = estimates.latestKnownAt(week);
        assertThat(latest.get("EXMP").asOf()).isEqualTo(LocalDate.of(2025, 11, 7));
        assertThat(latest.get("EXMP").ntmEps()).isEqualTo(2.30);
        assertThat(estimates.latestKnownAt(LocalDate.of(2025, 11, 3)).get("EXMP").ntmEps()).isNull();

        List<RejectedRow> quarantined = rejected.knownAt(week).stream().filter(RejectedRow::quarantined).toList();
        assertThat(quarantined).extracting(RejectedRow::field, RejectedRow::value)
                .contains(org.assertj.core.groups.Tuple.tuple("val", "n/a"), org.assertj.core.groups.Tuple.tuple("as_of", "2025-13-01"));
        assertThat(rejected.knownAt(week)).filteredOn(r -> r.file().endsWith("ishares_IWM_holdings_2025-11-05.csv"))
                .hasSize(5).noneMatch(RejectedRow::quarantined);

        // and the briefing's data-quality sheet lists them
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(outcome.versionDir().resolve("briefing.xlsx").toFile())) {
            var sheet = workbook.getSheet("Data quality");
            List<String> problems = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                problems.add(sheet.getRow(r).getCell(0).getStringCellValue() + " | " + sheet.getRow(r).getCell(2).getStringCellValue()
                        + " | " + sheet.getRow(r).getCell(3).getStringCellValue());
            }
            assertThat(problems).anyMatch(p -> p.startsWith("estimates.csv | line 5, as_of '2025-13-01'")
                    && p.endsWith("quarantined: row not loaded"));
            assertThat(problems).anyMatch(p -> p.startsWith("CIK0000000042.json |") && p.contains("'n/a'"));
            assertThat(problems).anyMatch(p -> p.startsWith("ishares_IWM_holdings_2025-11-05.csv | line 1977, Asset Class 'Futures'")
                    && p.endsWith("skipped: out of scope"));
        }

        // and figures.json names each source once, with how current it was at the week
        String figuresJson = Files.readString(outcome.versionDir().resolve("figures.json"));
        assertThat(figuresJson).contains("\"id\" : \"iwm\",\n    \"file\" : \"ishares_IWM_holdings_2025-11-05.csv\"")
                .contains("\"asOf\" : \"2025-11-05\"")
                .contains("\"id\" : \"spx-fin\"").contains("\"asOf\" : \"2024-11-01\"");

        // when the same files run for the next week, nothing loads again
        int loads = count("source_load");
        int factRows = count("company_fact");
        WeekOutcome next = launcher.run(new WeekParameters(week.plusWeeks(1), manifest, dir.resolve("out")));

        // then
        assertThat(next.status()).as(next.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        assertThat(count("source_load")).isEqualTo(loads);
        assertThat(count("company_fact")).isEqualTo(factRows);
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
