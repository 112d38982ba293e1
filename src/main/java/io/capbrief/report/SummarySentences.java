package io.capbrief.report;

import java.util.ArrayList;
import java.util.List;

import io.capbrief.report.Briefing.Event;
import io.capbrief.report.Briefing.IndexSummary;
import io.capbrief.report.Briefing.RateSummary;

/**
 * Writes the summary's three to five sentences from the numbers alone, so the same figures always
 * read the same. A sentence whose figures are missing is left out rather than written with gaps.
 */
public final class SummarySentences {

    private SummarySentences() {}

    /** @param indices the small-cap index first, then its comparisons */
    public static List<String> write(List<IndexSummary> indices, List<Event> events, List<RateSummary> rates) {
        List<String> sentences = new ArrayList<>();
        if (indices.isEmpty()) {
            return sentences;
        }
        IndexSummary lead = indices.get(0);
        List<IndexSummary> others = indices.subList(1, indices.size());
        if (!events.isEmpty()) {
            Event event = events.get(0);
            Double leadReturn = lead.eventReturns().get(event.id());
            if (leadReturn != null) {
                sentences.add("The " + lead.label() + " " + (leadReturn >= 0 ? "rose " : "fell ")
                        + DisplayFormat.percent(Math.abs(leadReturn)) + " since the " + event.label() + " on "
                        + DisplayFormat.longDate(event.date())
                        + comparison(leadReturn, others, o -> o.eventReturns().get(event.id())) + ".");
            }
        }
        if (lead.return1w() != null) {
            sentences.add("Over the week the " + lead.label() + " " + (lead.return1w() >= 0 ? "gained " : "lost ")
                    + DisplayFormat.percent(Math.abs(lead.return1w()))
                    + comparison(lead.return1w(), others, IndexSummary::return1w) + ".");
        }
        if (lead.returnYtd() != null) {
            sentences.add("Year to date the " + lead.label() + " is " + (lead.returnYtd() >= 0 ? "up " : "down ")
                    + DisplayFormat.percent(Math.abs(lead.returnYtd()))
                    + comparison(lead.returnYtd(), others, IndexSummary::returnYtd) + ".");
        }
        if (lead.offHigh() != null) {
            sentences.add(lead.offHigh() >= 0
                    ? "The " + lead.label() + " closed at a record high."
                    : "The " + lead.label() + " closed " + DisplayFormat.percent(-lead.offHigh())
                            + " below its record close of " + DisplayFormat.level(lead.close() / (1 + lead.offHigh()))
                            + " on " + DisplayFormat.longDate(lead.highDate()) + ".");
        }
        rates.stream().filter(r -> r.series().equals("DGS10") && r.level() != null).findFirst().ifPresent(r ->
                sentences.add("The 10-year Treasury yield ended the week at " + DisplayFormat.yield(r.level())
                        + (r.change1wBp() == null ? "" : " (" + DisplayFormat.basisPoints(r.change1wBp()) + " on the week)")
                        + "."));
        return sentences;
    }

    private static String comparison(double lead, List<IndexSummary> others,
            java.util.function.Function<IndexSummary, Double> figure) {
        List<String> parts = new ArrayList<>();
        boolean ahead = true;
        boolean behind = true;
        for (IndexSummary other : others) {
            Double value = figure.apply(other);
            if (value != null) {
                parts.add("the " + other.label() + " (" + DisplayFormat.signedPercent(value) + ")");
                ahead &= lead > value;
                behind &= lead < value;
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        String word = ahead ? ", ahead of " : behind ? ", behind " : ", against ";
        return word + String.join(" and ", parts);
    }
}
