package io.capbrief.report.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.capbrief.metrics.DataNote;
import io.capbrief.report.AggregateFigures;
import io.capbrief.report.Briefing.AggregateRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.DisplayFormat;

/** The data-notes page's parameters: sources with as-of dates, each aggregate's coverage, the findings in groups. */
final class PdfDataNotesParameters {

    /** How many groups of findings the page lists; the workbook's Data quality sheet has them all. */
    static final int FINDING_GROUPS = 25;
    private static final int PROBLEM_CHARS = 110;

    static final String METHODOLOGY = "Every figure follows METRICS.md, the briefing's methodology: only data known by the end "
            + "of the week is used; index aggregates are weighted over the constituents with the inputs defined, and the "
            + "coverage above is that set's share of the index weight. Leverage aggregates exclude Financials and Real Estate. "
            + "Percentages and multiples are rounded to one decimal for display only; an en dash (\u2013) marks a figure "
            + "that could not be computed, and n.s. (not significant) an aggregate computed on too small a share of the index's "
            + "weight to speak for it (under the coverage floor of METRICS.md section 9), with that share beside it. The workbook's About sheet has the methodology summary, figures.json the unrounded figures.";

    /** The aggregates of issue 13 outside the aggregate rows, read from figures.json; every maturity bucket shares one set. */
    private static final List<Map.Entry<String, String>> DEBT_AND_REVISION = List.of(
            Map.entry("effective_rate", "Effective rate"), Map.entry("maturity.y1", "Maturity wall"),
            Map.entry("eps_revision.13w", "EPS revision, 13 wk"));

    private PdfDataNotesParameters() {}

    static void put(Briefing b, Map<String, Object> p) {
        p.put("SOURCE_ROWS", b.sources().stream().map(s -> new PdfNoteRow(s.file(), s.id(), DisplayFormat.date(s.asOf()),
                DisplayFormat.shortHash(s.sha256()))).toList());
        List<AggregateRow> indices = PdfAggregateRows.indices(b);
        // a column is 46 pt wide: "Composite" would break mid-word
        p.put("AGGREGATE_COVERAGE_COLUMNS", indices.stream().map(a -> a.indexLabel().replace("Composite", "Comp.")).toList());
        List<PdfTableRow> coverage = new ArrayList<>();
        AggregateFigures.ALL.forEach(figure -> coverage.add(new PdfTableRow(figure.shortLabel(),
                indices.stream().map(a -> DisplayFormat.percent(a.coverage().get(figure.name()))).toList())));
        DEBT_AND_REVISION.forEach(e -> coverage.add(new PdfTableRow(e.getValue(),
                indices.stream().map(a -> DisplayFormat.percent(b.figure(a.index() + ".coverage." + e.getKey()))).toList())));
        p.put("AGGREGATE_COVERAGE_ROWS", coverage);
        List<FindingGroup> groups = groups(b.findings());
        p.put("FINDING_ROWS", groups.stream().limit(FINDING_GROUPS).map(FindingGroup::row).toList());
        p.put("FINDINGS_SUMMARY", findingsSummary(b.findings().size(), groups));
        p.put("METHODOLOGY", METHODOLOGY);
    }

    /** Findings of one source with the same action, in order of first appearance. */
    record FindingGroup(String source, String action, List<DataNote> findings) {

        PdfNoteRow row() {
            DataNote first = findings.get(0);
            String problem = (first.company() == null ? "" : first.company() + ": ") + first.problem();
            if (problem.length() > PROBLEM_CHARS) {
                problem = problem.substring(0, PROBLEM_CHARS - 1) + "\u2026";
            }
            return new PdfNoteRow(source, DisplayFormat.count(findings.size()),
                    findings.size() > 1 ? "e.g. " + problem : problem, action);
        }
    }

    static List<FindingGroup> groups(List<DataNote> findings) {
        Map<List<String>, List<DataNote>> byKey = new LinkedHashMap<>();
        for (DataNote f : findings) {
            byKey.computeIfAbsent(List.of(text(f.source()), text(f.action())), k -> new ArrayList<>()).add(f);
        }
        List<FindingGroup> groups = new ArrayList<>();
        byKey.forEach((key, list) -> groups.add(new FindingGroup(key.get(0), key.get(1), list)));
        return groups;
    }

    static String findingsSummary(int findings, List<FindingGroup> groups) {
        if (findings == 0) {
            return "No data-quality findings this week.";
        }
        String all = String.format(Locale.US, "%,d %s in %,d %s (by source and action)", findings,
                findings == 1 ? "finding" : "findings", groups.size(), groups.size() == 1 ? "group" : "groups");
        if (groups.size() <= FINDING_GROUPS) {
            return all + "; every finding is listed in the workbook's Data quality sheet.";
        }
        int shown = groups.stream().limit(FINDING_GROUPS).mapToInt(g -> g.findings().size()).sum();
        return all + "; the first " + FINDING_GROUPS + " groups are shown, " + DisplayFormat.count(findings - shown)
                + " more findings are in the workbook's Data quality sheet.";
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? DisplayFormat.EMPTY : s;
    }
}
