package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.capbrief.model.CompanyFact;
import io.capbrief.store.SourceLoad;
import io.capbrief.store.SourceLoadStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The extract step's reader hands on a load's items in order, a file read in parts counted across its parts. */
class StagedItemReaderTest {

    @TempDir
    Path dir;

    @Test
    void aRestartedLoadOfAZipResumesAfterTheItemsAlreadyWrittenAcrossItsParts() throws IOException {
        // a zip of companies 1 (two facts), 2 (one) and 3 (two), of which a failed run wrote the first four items
        Path zip = dir.resolve("companyfacts.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            entry(z, 1, 2);
            entry(z, 2, 1);
            entry(z, 3, 2);
        }
        SourceLoadStore loads = mock(SourceLoadStore.class);
        when(loads.staging()).thenReturn(List.of(new SourceLoad(7, "facts", "sec-companyfacts-zip", null, zip.toString(), "ab",
                SourceLoad.STAGING, null, null, null, null)));
        when(loads.itemsWrittenWhileStaging()).thenReturn(Map.of(7L, 4));
        StagedItemReader reader = new StagedItemReader(List.of(7L), loads, () -> Set.of("0000000001", "0000000002", "0000000003"),
                java.time.Clock.systemUTC());

        reader.open(new ExecutionContext());
        List<String> read = new ArrayList<>();
        for (StagedItem item = reader.read(); item != null; item = reader.read()) {
            CompanyFact fact = (CompanyFact) item.record();
            read.add(item.loadId() + "/" + item.position() + " " + fact.cik() + " " + fact.value());
        }
        reader.close();

        // positions 0-1 company 1, 2 company 2, 3-4 company 3: only company 3's second fact is left
        assertThat(read).containsExactly("7/4 0000000003 32.0");
    }

    /** Company {@code cik} with {@code facts} net incomes, valued 10 × cik + 1, + 2, ... */
    private static void entry(ZipOutputStream zip, int cik, int facts) throws IOException {
        StringBuilder values = new StringBuilder();
        for (int i = 1; i <= facts; i++) {
            values.append(i > 1 ? "," : "").append("{\"start\":\"2023-01-01\",\"end\":\"2023-12-31\",\"val\":").append(10 * cik + i)
                    .append(",\"fy\":").append(2023 + i).append(",\"fp\":\"FY\",\"form\":\"10-K\",\"filed\":\"202").append(3 + i).append("-02-20\"}");
        }
        zip.putNextEntry(new ZipEntry("CIK%010d.json".formatted(cik)));
        zip.write(("{\"cik\":" + cik + ",\"facts\":{\"us-gaap\":{\"NetIncomeLoss\":{\"units\":{\"USD\":[" + values + "]}}}}}")
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
