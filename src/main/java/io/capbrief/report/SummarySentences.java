package io.capbrief.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import io.capbrief.metrics.IndexPerformance;
import io.capbrief.model.EventSpec;
import io.capbrief.report.Briefing.IndexSummary;
import io.capbrief.report.Briefing.RateSummary;

/**
 * Writes the summary's three to five sentences from the numbers alone, so the same figures always
 * read the same. A sentence whose figures are missing is left out rather than written with gaps.
 */
public final class SummarySentences {

    private SummarySentences() {}

    static final int MAX_SENTENCES = 5;

    /**
     * The since-event, year-to-date, valuation and 10-year sentences come first; the week's move
     * and the distance to the record fill up to five.
     *
     * @param indices the small-cap index first, then its comparisons
     * @param figures the week's figures by figures.json name, for the valuation sentence
     */
    public static List<String> write(List<IndexSummary> indices, List<EventSpec> events, List<RateSummary> rates,
            Map<String, Double> figures) {
        if (indices.isEmpty()) {
            return List.of();
        }
        IndexSummary lead = indices.get(0);
        IndexPerformance p = lead.performance();
        List<IndexSummary> others = indices.subList(1, indices.size());
        String since = sinceEvent(lead, others, events);
        String week = p.return1w() == null ? null : "Over the week the " + lead.label() + " "
                + (p.return1w() >= 0 ? "gained " : "lost ") + DisplayFormat.percent(Math.abs(p.return1w()))
                + comparison(p.return1w(), others, i -> i.performance().return1w()) + ".";
        String ytd = p.returnYtd() == null ? null : "Year to date the " + lead.label() + " is "
                + (p.returnYtd() >= 0 ? "up " : "down ") + DisplayFormat.percent(Math.abs(p.returnYtd()))
                + comparison(p.returnYtd(), others, i -> i.performance().returnYtd()) + ".";
        String record = p.offHigh() == null ? null : p.offHigh() >= 0
                ? "The " + lead.label() + " closed at a record high."
                : "The " + lead.label() + " closed " + DisplayFormat.percent(-p.offHigh()) + " below its record close of "
                        + DisplayFormat.level(p.close() / (1 + p.offHigh())) + " on " + DisplayFormat.longDate(p.highDate()) + ".";
        String valuation = valuation(lead, others, figures);
        String tenYear = rates.stream().filter(r -> r.series().equals("DGS10") && r.level() != null).findFirst()
                .map(r -> "The 10-year Treasury yield ended the week at " + DisplayFormat.yield(r.level())
                        + (r.change1wBp() == null ? "" : " (" + DisplayFormat.basisPoints(r.change1wBp()) + " on the week)") + ".")
                .orElse(null);
        // the core sentences always run; the week's move and the record fill what is left of five
        long fillers = MAX_SENTENCES - Stream.of(since, ytd, valuation, tenYear).filter(Objects::nonNull).count();
        List<String> sentences = new ArrayList<>();
        Stream.of(since, fillers > 0 ? week : null, ytd, fillers > (week == null ? 0 : 1) ? record : null, valuation, tenYear)
                .filter(Objects::nonNull).forEach(sentences::add);
        return sentences;
    }

    /** Forward P/E against its own 10-year average and the first comparison index, and the share of unprofitable companies. */
    private static String valuation(IndexSummary lead, List<IndexSummary> others, Map<String, Double> figures) {
        if (lead.forwardPeCoverage() != null) {
            return "The " + lead.label() + "'s forward P/E is not significant this week: too few of its companies have "
                    + "filings and estimates (" + DisplayFormat.percent(lead.forwardPeCoverage()) + " of its weight) to speak for the index.";
        }
        if (lead.forwardPe() == null || others.isEmpty() || others.get(0).forwardPe() == null) {
            return null;
        }
        IndexSummary large = others.get(0);
        double premium = lead.forwardPe() / large.forwardPe() - 1;
        Double unprofitable = figures.get(lead.code() + ".pct_unprofitable");
        Double tenYearAverage = figures.get(lead.code() + ".fwd_pe.avg_10y");
        return "The " + lead.label() + " trades at " + DisplayFormat.multiple(lead.forwardPe()) + " forward earnings"
                + (tenYearAverage == null ? "" : " (10-year average " + DisplayFormat.multiple(tenYearAverage) + ")") + " against "
                + DisplayFormat.multiple(large.forwardPe()) + " for the " + large.label() + ", a "
                + DisplayFormat.percent(Math.abs(premium)) + (premium >= 0 ? " premium" : " discount")
                + (unprofitable == null ? "" : ", and " + DisplayFormat.percent(unprofitable) + " of its companies lose money") + ".";
    }

    private static String sinceEvent(IndexSummary lead, List<IndexSummary> others, List<EventSpec> events) {
        if (events.isEmpty()) {
            return null;
        }
        EventSpec event = events.get(0);
        Double leadReturn = lead.performance().eventReturns().get(event.id());
        return leadReturn == null ? null : "The " + lead.label() + " " + (leadReturn >= 0 ? "rose " : "fell ")
                + DisplayFormat.percent(Math.abs(leadReturn)) + " since the " + event.label() + " on "
                + DisplayFormat.longDate(event.date())
                + comparison(leadReturn, others, o -> o.performance().eventReturns().get(event.id())) + ".";
    }

    private static String comparison(double lead, List<IndexSummary> others,
            Function<IndexSummary, Double> figure) {
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
