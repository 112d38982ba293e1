package io.capbrief.extract.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.capbrief.extract.fetch.FetchOutcome.Result;

import org.junit.jupiter.api.Test;

/** What the data notes say of the downloads that failed. */
class FetchOutcomeTest {

    private static final URI URL = URI.create("https://fred.stlouisfed.org/graph/fredgraph.csv?id=DGS10");

    @Test
    void aFailedDownloadSaysWhyAndWhichCopyTheWeekUses() {
        FetchOutcome kept = new FetchOutcome("dgs10", URL, Path.of("fred/DGS10.csv"), Result.FAILED, "503 after 3 tries",
                LocalDate.of(2024, 11, 21));
        FetchOutcome none = new FetchOutcome("dff", URL, Path.of("fred/DFF.csv"), Result.FAILED, "timed out");

        assertThat(FetchOutcome.failureLines(List.of(kept, none))).containsExactly(
                "dgs10: fetch failed (503 after 3 tries), kept the copy of 2024-11-21",
                "dff: fetch failed (timed out), no previous copy of fred/DFF.csv");
    }

    @Test
    void manyFailuresOfOnePerCompanyEntryMakeOneLine() {
        // an SEC outage: four companies' companyfacts fail, three of them with a copy kept, and one FRED series comes well
        List<FetchOutcome> outcomes = new ArrayList<>();
        outcomes.add(new FetchOutcome("dgs10", URL, Path.of("fred/DGS10.csv"), Result.FETCHED, "93,772 bytes"));
        outcomes.add(facts("0000320193", "503 after 3 tries", LocalDate.of(2024, 11, 21)));
        outcomes.add(facts("0000789019", "503 after 3 tries", LocalDate.of(2024, 11, 14)));
        outcomes.add(facts("0001045810", "timed out", null));
        outcomes.add(facts("0001318605", "503 after 3 tries", LocalDate.of(2024, 11, 21)));

        assertThat(FetchOutcome.failureLines(outcomes)).containsExactly(
                "sec-facts: 4 fetches failed (the first: 503 after 3 tries), kept the previous copies of 3, the oldest of 2024-11-14");
    }

    private static FetchOutcome facts(String cik, String why, LocalDate copyOf) {
        return new FetchOutcome("sec-facts", URI.create("https://data.sec.gov/api/xbrl/companyfacts/CIK" + cik + ".json"),
                Path.of("sec/companyfacts/CIK" + cik + ".json"), Result.FAILED, why, copyOf);
    }
}
