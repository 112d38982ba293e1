package io.capbrief.report.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.capbrief.report.Briefing.IndexSummary;
import io.capbrief.report.Briefing.RateSummary;
import io.capbrief.report.Briefing;
import io.capbrief.report.KeyFigures;

/**
 * Renders the email: the key-figures table and the summary sentences, with the same numbers and
 * columns as the PDF's first page. The HTML carries its styles inline on each element, as mail
 * clients drop style sheets, and lays figures out in real tables.
 */
public final class EmailBodyRenderer {

    /** cellspacing and cellpadding for clients (Outlook's Word engine) that ignore border-collapse and padding. */
    private static final String TABLE = "<table cellspacing=\"0\" cellpadding=\"0\" border=\"0\" "
            + "style=\"border-collapse:collapse;margin:12px 0;font-size:14px\">";

    public static final String SAMPLE_PREFIX = "[SAMPLE] ";

    public EmailBodies render(Briefing briefing) {
        return new EmailBodies(subject(briefing), html(briefing), text(briefing));
    }

    /** The subject, after {@code [SAMPLE]} when the briefing is made from the bundled sample. */
    public static String subject(Briefing briefing) {
        return (briefing.sample() ? SAMPLE_PREFIX : "") + subject(briefing.week(), briefing.version());
    }

    /** "Small-cap briefing — week ending 2024-11-22", plus " (corrected, v2)" for a correction. */
    public static String subject(java.time.LocalDate week, int version) {
        return "Small-cap briefing \u2014 week ending " + week + (version > 1 ? " (corrected, v" + version + ")" : "");
    }

    private String html(Briefing b) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head>")
                .append("<body style=\"font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;max-width:680px\">")
                .append("<h2 style=\"margin-bottom:4px\">Small-cap briefing</h2>")
                .append("<div style=\"color:#555\">Week ending ").append(b.week()).append(" \u00b7 version ").append(b.version()).append("</div>");
        if (b.sample()) {
            h.append("<div style=\"border:1px solid #b00;color:#a51c00;padding:8px;margin:12px 0\"><b>")
                    .append(Briefing.SAMPLE_NOTE).append("</b></div>");
        }
        if (!b.correction().isEmpty()) {
            h.append("<div style=\"border:1px solid #b00;padding:8px;margin:12px 0\"><b>Correction.</b> Figures changed since the previous version:<ul>");
            b.correction().forEach(line -> h.append("<li>").append(escape(line)).append("</li>"));
            h.append("</ul></div>");
        }
        h.append(TABLE);
        h.append(row(true, header(b)));
        for (IndexSummary i : b.indices()) {
            h.append(row(false, indexCells(b, i)));
        }
        h.append("</table>");
        h.append(TABLE);
        h.append(row(true, rateHeader()));
        for (RateSummary r : b.rates()) {
            h.append(row(false, rateCells(r)));
        }
        h.append("</table>");
        b.sentences().forEach(s -> h.append("<p style=\"margin:6px 0\">").append(escape(s)).append("</p>"));
        h.append("<p style=\"color:#777;font-size:12px\">The full briefing is attached as a PDF.</p></body></html>");
        return h.toString();
    }

    private String text(Briefing b) {
        StringBuilder t = new StringBuilder();
        t.append("Small-cap briefing\nWeek ending ").append(b.week()).append(" \u00b7 version ").append(b.version()).append("\n\n");
        if (b.sample()) {
            t.append(Briefing.SAMPLE_NOTE.toUpperCase(Locale.ROOT)).append("\n\n");
        }
        if (!b.correction().isEmpty()) {
            t.append("CORRECTION. Figures changed since the previous version:\n");
            b.correction().forEach(line -> t.append("  - ").append(line).append('\n'));
            t.append('\n');
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header(b));
        b.indices().forEach(i -> rows.add(indexCells(b, i)));
        t.append(table(rows)).append('\n');
        List<List<String>> rateRows = new ArrayList<>();
        rateRows.add(rateHeader());
        b.rates().forEach(r -> rateRows.add(rateCells(r)));
        t.append(table(rateRows)).append('\n');
        b.sentences().forEach(s -> t.append(s).append('\n'));
        t.append("\nThe full briefing is attached as a PDF.\n");
        return t.toString();
    }

    private static List<String> header(Briefing b) {
        List<String> cells = new ArrayList<>(List.of("Index"));
        KeyFigures.headline(b.events()).forEach(c -> cells.add(c.header()));
        return cells;
    }

    private static List<String> indexCells(Briefing b, IndexSummary i) {
        List<String> cells = new ArrayList<>(List.of(i.label()));
        cells.addAll(KeyFigures.headlineCells(b, i));
        return cells;
    }

    private static List<String> rateHeader() {
        List<String> cells = new ArrayList<>(List.of("Rate"));
        cells.addAll(KeyFigures.RATE_COLUMNS);
        return cells;
    }

    private static List<String> rateCells(RateSummary r) {
        List<String> cells = new ArrayList<>(List.of(r.label()));
        cells.addAll(KeyFigures.rateCells(r));
        return cells;
    }

    private static String row(boolean header, List<String> cells) {
        StringBuilder r = new StringBuilder("<tr>");
        for (int c = 0; c < cells.size(); c++) {
            String align = c == 0 ? "left" : "right";
            // a figure never breaks over two lines on a phone ("+18.7%"); headers and labels may wrap
            String style = "padding:4px 10px;border-bottom:1px solid #ddd;text-align:" + align
                    + (header ? ";background:#f0f3f7" : c > 0 ? ";white-space:nowrap" : "");
            r.append(header ? "<th" : "<td").append(" style=\"").append(style).append("\">")
                    .append(escape(cells.get(c))).append(header ? "</th>" : "</td>");
        }
        return r.append("</tr>").toString();
    }

    private static String table(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        rows.forEach(row -> {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        });
        StringBuilder t = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                t.append(c == 0 ? cell + pad : "  " + pad + cell);
            }
            t.append('\n');
        }
        return t.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
