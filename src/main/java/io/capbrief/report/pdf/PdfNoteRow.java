package io.capbrief.report.pdf;

/** One line of a text table on the data-notes page (a source, or a group of findings), read by {@code briefing-notes.jrxml}. */
public record PdfNoteRow(String first, String second, String third, String fourth) {

    public String getFirst() {
        return first;
    }

    public String getSecond() {
        return second;
    }

    public String getThird() {
        return third;
    }

    public String getFourth() {
        return fourth;
    }
}
