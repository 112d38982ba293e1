package io.capbrief.model;

/** The indices the briefing covers, under the stable names used in figures.json. */
public enum IndexCode {
    RUSSELL_2000("Russell 2000"),
    SP_500("S&P 500"),
    NASDAQ_COMPOSITE("Nasdaq Composite");

    private final String label;

    IndexCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
