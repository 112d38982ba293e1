package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import io.capbrief.report.FiguresJsonWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A holdings row without a sector takes it from the company's SEC submissions file, loaded like any source. */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:sic-sectors;DB_CLOSE_DELAY=-1"})
class SicSectorFunctionalTests {

    @Autowired
    WeeklyBriefingLauncher launcher;

    @TempDir
    Path dir;

    /*
     * AAA Industrials 50%: EBIT 300, D&A 100, interest 50, long-term debt 1000, cash 200.
     * CCC 50%, sector "-" in the holdings file, SIC 6021 (a national bank) in its submissions file:
     *   EBIT 100, D&A 20, interest 10, long-term debt 100, cash 300.
     * As a financial CCC leaves the leverage aggregates: net debt / EBITDA (1000 - 200) / 400 = 2.0,
     * interest coverage 300 / 50 = 6.0; counted, it would be 600 / 520 and 400 / 60.
     */
    @Test
    void aRowWithoutASectorTakesItFromTheSicCode() throws IOException {
        Files.writeString(dir.resolve("IWM.csv"), ValuationFixtures.ishares("Nov 22, 2024",
                ValuationFixtures.holding("AAA", "ALPHA CORP", "Industrials", "50.00", "100.00"),
                ValuationFixtures.holding("CCC", "GAMMA BANCORP", "-", "50.00", "40.00")));
        Files.createDirectories(dir.resolve("sec/submissions"));
        Files.writeString(dir.resolve("sec/company_tickers.json"), ValuationFixtures.TICKERS);
        Files.writeString(dir.resolve("sec/CIK0000000001.json"), ValuationFixtures.facts(1, Map.of("OperatingIncomeLoss", 300,
                "DepreciationDepletionAndAmortization", 100, "InterestExpense", 50), 150, 1000, 200, ""));
        Files.writeString(dir.resolve("sec/CIK0000000003.json"), ValuationFixtures.facts(3, Map.of("OperatingIncomeLoss", 100,
                "DepreciationDepletionAndAmortization", 20, "InterestExpense", 10), 60, 100, 300, ""));
        Files.writeString(dir.resolve("sec/submissions/CIK0000000003.json"),
                "{\"cik\":\"3\",\"sic\":\"6021\",\"sicDescription\":\"National Commercial Banks\",\"filings\":{\"recent\":{}}}");
        Path manifest = dir.resolve("sources.yml");
        Files.writeString(manifest, """
                sources:
                  - { id: iwm,         format: ishares-holdings-csv,     path: IWM.csv, index: RUSSELL_2000 }
                  - { id: tickers,     format: sec-company-tickers-json, path: sec/company_tickers.json }
                  - { id: facts,       format: sec-companyfacts-json,    path: 'sec/CIK*.json' }
                  - { id: submissions, format: sec-submissions-json,     path: 'sec/submissions/CIK*.json' }
                """);

        WeekOutcome week = launcher.run(new WeekParameters(LocalDate.of(2024, 11, 22), manifest, dir.resolve("out")));

        assertThat(week.status()).as(week.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        Map<String, Double> f = FiguresJsonWriter.figures(Files.readString(week.versionDir().resolve("figures.json")));
        assertThat(f.get("RUSSELL_2000.net_debt_ebitda")).isCloseTo(2.0, within(1e-12));
        assertThat(f.get("RUSSELL_2000.interest_coverage")).isCloseTo(6.0, within(1e-12));
    }
}
