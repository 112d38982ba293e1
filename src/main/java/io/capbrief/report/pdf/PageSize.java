package io.capbrief.report.pdf;

/** The paper the PDF briefing is laid out for; each has its own page-frame template. */
public enum PageSize {
    A4("briefing-a4"),
    LETTER("briefing-letter");

    private final String template;

    PageSize(String template) {
        this.template = template;
    }

    /** The name of the compiled page-frame template under {@code /reports}. */
    String template() {
        return template;
    }
}
