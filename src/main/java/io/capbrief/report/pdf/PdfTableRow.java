package io.capbrief.report.pdf;

import java.util.List;

/** One row of a PDF table: a label and its already formatted cells, read by {@code briefing-table.jrxml}. */
public record PdfTableRow(String label, List<String> cells) {

    public String getLabel() {
        return label;
    }

    public List<String> getCells() {
        return cells;
    }
}
