package io.capbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.capbrief.metrics.DataNote;

import org.junit.jupiter.api.Test;

/** A long finding list prints as groups, the first 25 of them, with the count of the rest pointing to the workbook. */
class PdfDataNotesParametersTest {

    @Test
    void findingsGroupBySourceAndActionInOrderOfFirstAppearance() {
        List<PdfDataNotesParameters.FindingGroup> groups = PdfDataNotesParameters.groups(List.of(
                new DataNote("a.csv", null, "line 1 bad", "quarantined"),
                new DataNote("b.csv", "ACME", "no EBITDA", "left out"),
                new DataNote("a.csv", null, "line 7 bad", "quarantined")));

        assertThat(groups).extracting(PdfDataNotesParameters.FindingGroup::source).containsExactly("a.csv", "b.csv");
        assertThat(groups.get(0).row()).isEqualTo(new PdfNoteRow("a.csv", "2", "e.g. line 1 bad", "quarantined"));
        assertThat(groups.get(1).row()).isEqualTo(new PdfNoteRow("b.csv", "1", "ACME: no EBITDA", "left out"));
    }

    @Test
    void beyond25GroupsTheSummarySaysHowManyFindingsAreOnlyInTheWorkbook() {
        // 27 sources: the first with 3 findings, then 26 with 2 each -> 55 findings in 27 groups;
        // shown: the first 25 groups = 3 + 24 * 2 = 51 findings, so 4 more
        List<DataNote> findings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            findings.add(new DataNote("s0.csv", null, "bad " + i, "quarantined"));
        }
        for (int s = 1; s <= 26; s++) {
            for (int i = 0; i < 2; i++) {
                findings.add(new DataNote("s" + s + ".csv", null, "bad " + i, "quarantined"));
            }
        }

        String summary = PdfDataNotesParameters.findingsSummary(findings.size(), PdfDataNotesParameters.groups(findings));

        assertThat(summary).isEqualTo("55 findings in 27 groups (by source and action); the first 25 groups are shown, "
                + "4 more findings are in the workbook's Data quality sheet.");
    }
}
