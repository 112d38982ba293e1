package io.capbrief.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one briefing version shows, already computed: the renderers (PDF, workbook, mail,
 * figures.json) only lay it out.
 *
 * @param figures the unrounded key figures under the stable names of BRIEFING.md; a null value
 *     means the figure could not be computed
 * @param findings the data-quality findings: what is wrong with the inputs and what was done
 */
public record Briefing(
        LocalDate week,
        int version,
        Instant generatedAt,
        List<IndexSummary> indices,
        List<Event> events,
        List<RateSummary> rates,
        List<String> sentences,
        List<Close> closes,
        List<Source> sources,
        Map<String, Double> figures,
        List<String> correction,
        List<Finding> findings) {

    /** A configured market event that returns are measured from. */
    public record Event(String id, LocalDate date, String label) {}

    /** Key figures of one index; any Double may be null (shown as an en dash). */
    public record IndexSummary(
            String code,
            String label,
            LocalDate closeDate,
            Double close,
            Double return1w,
            Double returnMtd,
            Double returnQtd,
            Double returnYtd,
            Map<String, Double> eventReturns,
            Double offHigh,
            LocalDate highDate,
            Double high52w,
            Double low52w,
            Double forwardPe) {}

    /** One rate series at the week with its changes in basis points. */
    public record RateSummary(
            String series, String label, LocalDate asOf, Double level, Double change1wBp,
            Map<String, Double> eventChangesBp, Double changeYtdBp) {}

    /** One daily index close; the list holds the last two years of each index, oldest first. */
    public record Close(String index, LocalDate date, double close) {}

    /**
     * A data-quality finding.
     *
     * @param company the company concerned, null when the finding is about a file or a row
     */
    public record Finding(String source, String company, String problem, String action) {}

    /** A source file the figures came from. */
    public record Source(String id, String file, String sha256, LocalDate asOf) {}

    public Double figure(String name) {
        return figures.get(name);
    }
}
