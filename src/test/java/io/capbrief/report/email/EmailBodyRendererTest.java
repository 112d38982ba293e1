package io.capbrief.report.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.capbrief.report.Briefing;
import io.capbrief.report.KeyFigures;
import io.capbrief.report.SampleBriefings;

import org.junit.jupiter.api.Test;

/** The email carries the PDF's key figures, formatted the same, in an HTML table and in the plain-text alternative. */
class EmailBodyRendererTest {

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>");

    private final Briefing briefing = SampleBriefings.week20241122();
    private final EmailBodies bodies = new EmailBodyRenderer().render(briefing);

    @Test
    void subjectNamesTheWeek() {
        assertThat(bodies.subject()).isEqualTo("Small-cap briefing \u2014 week ending 2024-11-22");
    }

    @Test
    void htmlKeyFiguresAreThePdfsFormattedNumbers() {
        // Russell 2000: close 2406.67; 1 week 0.0443 -> +4.4%; since the election 0.06448 -> +6.4%;
        // YTD 0.1873 -> +18.7%; off the record -0.0148 -> -1.5%; forward P/E 27.9 -> 27.9x
        List<List<String>> rows = htmlRows(bodies.html());
        assertThat(rows).contains(
                List.of("Index", "Close", "1 week", "Since US election", "YTD", "Off record high", "Fwd P/E"),
                List.of("Russell 2000", "2,406.67", "+4.4%", "+6.4%", "+18.7%", "-1.5%", "27.9x"),
                List.of("S&P 500", "5,969.34", "+1.7%", "+3.9%", "+25.2%", "-0.5%", "22.7x"),
                // no forward P/E: an en dash, never 0.0x
                List.of("Nasdaq Composite", "19,003.65", "+1.7%", "+4.6%", "+26.6%", "-1.5%", "\u2013"),
                List.of("10-year Treasury", "4.41%", "-2 bp", "+53 bp"));
    }

    @Test
    void textKeyFiguresAreTheSameAsTheHtml() {
        List<List<String>> lines = bodies.text().lines().map(line -> Arrays.asList(line.trim().split("\\s{2,}"))).toList();
        assertThat(lines).contains(
                List.of("Russell 2000", "2,406.67", "+4.4%", "+6.4%", "+18.7%", "-1.5%", "27.9x"),
                List.of("S&P 500", "5,969.34", "+1.7%", "+3.9%", "+25.2%", "-0.5%", "22.7x"),
                List.of("Nasdaq Composite", "19,003.65", "+1.7%", "+4.6%", "+26.6%", "-1.5%", "\u2013"),
                List.of("10-year Treasury", "4.41%", "-2 bp", "+53 bp"));
    }

    @Test
    void everyKeyFigureRowThePdfPrintsIsInBothBodies() {
        List<List<String>> html = htmlRows(bodies.html());
        List<List<String>> text = bodies.text().lines().map(line -> Arrays.asList(line.trim().split("\\s{2,}"))).toList();
        assertThat(briefing.indices()).hasSize(3).allSatisfy(index -> {
            List<String> expected = new ArrayList<>(List.of(index.label()));
            expected.addAll(KeyFigures.headlineCells(briefing, index));
            assertThat(html).contains(expected);
            assertThat(text).contains(expected);
        });
    }

    @Test
    void bothBodiesCarryTheSummarySentences() {
        assertThat(briefing.sentences()).isNotEmpty().allSatisfy(sentence -> {
            assertThat(bodies.text()).contains(sentence);
            assertThat(bodies.html()).contains(sentence.replace("&", "&amp;"));
        });
    }

    @Test
    void htmlStylesAreInlineForMailClients() {
        assertThat(bodies.html()).doesNotContain("<style", "<link", "class=\"")
                .contains("<table cellspacing=\"0\" cellpadding=\"0\" border=\"0\" style=\"border-collapse:collapse")
                .contains("<th style=\"padding:4px 10px;")
                .contains("<td style=\"padding:4px 10px;border-bottom:1px solid #ddd;text-align:right;white-space:nowrap\">+6.4%</td>");
    }

    @Test
    void aCorrectionIsBoxedAboveTheFigures() {
        EmailBodies corrected = new EmailBodyRenderer().render(SampleBriefings.corrected(
                List.of("RUSSELL_2000.close: 2,406.67 \u2192 2,420.00")));

        assertThat(corrected.subject()).endsWith(" (corrected, v2)");
        assertThat(corrected.html()).contains("<b>Correction.</b>", "<li>RUSSELL_2000.close: 2,406.67 \u2192 2,420.00</li>");
        assertThat(corrected.html().indexOf("Correction.")).isLessThan(corrected.html().indexOf("<table"));
        assertThat(corrected.text()).contains("CORRECTION", "  - RUSSELL_2000.close: 2,406.67 \u2192 2,420.00");
    }

    private static List<List<String>> htmlRows(String html) {
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replace("&amp;", "&"));
            }
            rows.add(cells);
        }
        return rows;
    }
}
