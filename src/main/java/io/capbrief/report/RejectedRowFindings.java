package io.capbrief.report;

import java.nio.file.Path;
import java.util.List;

import io.capbrief.metrics.DataNote;
import io.capbrief.model.RejectedRow;

/** Turns the rows readers did not keep into data-quality findings a reader can act on. */
public final class RejectedRowFindings {

    private RejectedRowFindings() {}

    public static List<DataNote> of(List<RejectedRow> rows) {
        return rows.stream().map(RejectedRowFindings::finding).toList();
    }

    private static DataNote finding(RejectedRow row) {
        String where = "line " + row.line() + (row.field() == null ? "" : ", " + row.field()
                + (row.value() == null ? "" : " '" + row.value() + "'"));
        return new DataNote(Path.of(row.file()).getFileName().toString(), null, where + ": " + row.reason(),
                row.quarantined() ? "quarantined: row not loaded" : "skipped: out of scope");
    }
}
