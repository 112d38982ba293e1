package io.capbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.capbrief.metrics.fundamentals.ScreenThresholds;
import io.capbrief.report.Briefing.CompanyRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.SampleBriefings;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages 3 to 7 of the PDF (valuation, leverage and rates, screens, sectors, data notes): each starts on a page
 * of its own and shows the sample's figures as METRICS.md section 7 prints them (SampleBriefings has the inputs).
 */
class PdfBriefingPagesTest {

    @TempDir
    Path dir;

    @Test
    void eachSectionStartsOnAPageOfItsOwnInTheOrderOfBriefingMd() throws IOException {
        List<String> pages = pages(render(SampleBriefings.week20241122()));

        assertThat(pages).hasSize(7);
        assertThat(pages.get(0)).startsWith("Small-cap briefing");
        assertThat(pages.get(1)).startsWith("Performance");
        assertThat(pages.get(2)).startsWith("Valuation");
        assertThat(pages.get(3)).startsWith("Leverage and rates");
        assertThat(pages.get(4)).startsWith("Screens");
        assertThat(pages.get(5)).startsWith("Sectors");
        assertThat(pages.get(6)).startsWith("Data notes");
    }

    @Test
    void valuationPageSetsEachFigureNowAgainstItsFiveAndTenYearAverages() throws IOException {
        String page = pages(render(SampleBriefings.week20241122())).get(2);

        assertThat(page).contains("Forward P/E at each month-end from 26 Dec 2014 to 22 Nov 2024 (120 points).");
        // Russell 2000 then S&P 500: now, 5-year and 10-year average, z-score, percentile (SampleHistory.statistics):
        // 22.4883 -> 22.5x, 21.8723 -> 21.9x, 3.5985 -> +3.60; 19.2717 -> 19.3x, 18.6849 -> 18.7x, 2.4634 -> +2.46
        assertThat(page).contains("Russell 2000 S&P 500 Figure Now 5-year avg 10-year avg z-score %ile Now 5-year avg",
                "Forward P/E 27.9x 22.5x 21.9x +3.60 100th 22.7x 19.3x 18.7x +2.46 100th");
        // 15.848 -> 15.8x, 14.4168 -> 14.4x, 1.3203 -> +1.32, its percentile empty -> dash; 22.69 -> 22.7x
        assertThat(page).contains("Forward P/E ex-negative 15.8x 14.5x 14.4x +1.32 \u2013 22.7x 18.3x 18.3x +2.46 100th");
        assertThat(page).contains("Median forward P/E 18.2x 16.5x 16.5x +1.99 100th 23.7x 19.0x 19.0x +4.43 100th");
        // 0.391 -> 39.1%, 0.3945 -> 39.5% (half up), -0.0238 -> -0.02; 0.0702 -> 7.0%, -0.3049 -> -0.30, 42.8571 -> 43rd
        assertThat(page).contains("% unprofitable 39.4% 39.1% 39.5% -0.02 50th 6.8% 6.9% 7.0% -0.30 43rd",
                "% unprofitable by weight 39.6% 36.7% 37.0% +1.19 81st 4.0% 3.9% 4.0% -0.06 47th");
        // 27.9 / 22.7 = 1.229 -> 1.2x; 1.1679 and 1.172 -> 1.2x; the S&P 500's group left blank
        assertThat(page).contains("Relative forward P/E 1.2x 1.2x 1.2x +2.49 100th Averages:");
    }

    @Test
    void valuationPageSaysHowForwardPeStandsAgainstItsAveragesInWords() throws IOException {
        String page = pages(render(SampleBriefings.week20241122())).get(2);

        assertThat(page).contains("Russell 2000: forward P/E 27.9x against a 5-year average of 22.5x and a 10-year "
                + "average of 21.9x (z\u2011score\u00A0+3.60, 100th percentile). S&P 500: forward P/E 22.7x against a 5-year "
                + "average of 19.3x and a 10-year average of 18.7x (z\u2011score\u00A0+2.46, 100th percentile).");
        assertThat(page).contains("Relative forward P/E (Russell 2000 / S&P 500): 1.2x against a 10-year average of "
                + "1.2x (z\u2011score\u00A0+2.49, 100th percentile).");
    }

    @Test
    void valuationPageHasTheThirteenWeekEpsRevisionWithItsBreadth() throws IOException {
        String page = pages(render(SampleBriefings.week20241122())).get(2);

        // -0.0243 -> -2.4%, 0.3125 -> 31.3% (half up), 0.4418 -> 44.2%; 0.0118 -> +1.2%, 0.2633 -> 26.3%; no Nasdaq figures -> dashes
        assertThat(page).contains("Forward EPS revision, 13 weeks",
                "Russell 2000 -2.4% 31.3% 44.2% S&P 500 +1.2% 52.5% 26.3% Nasdaq Composite \u2013 \u2013 \u2013 How estimates");
    }

    @Test
    void leveragePageHasTheMaturityWallInUsdAndTheEffectiveRate() throws IOException {
        String page = pages(render(SampleBriefings.week20241122())).get(3);

        // USD in whole billions: 124.78e9 -> 125, 106.165e9 -> 106, 101.575e9 -> 102; 760.5e9 -> 761 (half up), 4786.2e9 -> 4,786
        assertThat(page).contains("Russell 2000 125 106 133 118 102 224", "S&P 500 821 761 784 718 680 4,786");
        // effective rate after rate-shock coverage: 0.0712 -> 7.1%, 0.0431 -> 4.3%; then its range over the month-ends
        // since 22 Nov 2014 and the week: the Russell 2000's low 4.9% in Nov 2019, its high this week's 7.1%; the
        // S&P 500's low 3.4% in Dec 2019, its high this week's 4.31% (above Dec 2014's 4.2%); the Nasdaq's empty
        assertThat(page).contains("Russell 2000 3.0x 2.2x 2.5x 29.0% 17.2% 27.2% 2.4x 7.1% 4.9\u20137.1%",
                "S&P 500 1.5x 0.9x 10.0x 4.8% 4.3% 28.6% 8.1x 4.3% 3.4\u20134.3%",
                "Nasdaq Composite \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 \u2013 Net debt");
    }

    @Test
    void leveragePageHasCoverageBucketsAggregatesAndRateChanges() throws IOException {
        String page = pages(render(SampleBriefings.week20241122())).get(3);

        // Russell 2000 non-financials: ALFA 9.0x (>5), BRVO 0.6x (<1), CHRL 1.2x (1-1.5): a third each; the bank is left out
        assertThat(page).contains("Count Russell 2000 33.3% 33.3% 0.0% 0.0% 33.3% 3");
        // S&P 500: BIGI 4.0x (3-5), MEGA 40x (>5)
        assertThat(page).contains("S&P 500 0.0% 0.0% 0.0% 50.0% 50.0% 2");
        // 2.9994 -> 3.0x, 2.1602 -> 2.2x, 2.5x, 0.2899 -> 29.0%, 0.1717 -> 17.2%, 0.2717 -> 27.2%, 2.3619 -> 2.4x
        assertThat(page).contains("Russell 2000 3.0x 2.2x 2.5x 29.0% 17.2% 27.2% 2.4x");
        assertThat(page).contains("S&P 500 1.5x 0.9x 10.0x 4.8% 4.3% 28.6% 8.1x");
        assertThat(page).contains("Since US election", "10-year Treasury 4.41% -2 bp +14 bp +53 bp",
                "Fed funds (effective) 4.58% +0 bp -25 bp -75 bp");
    }

    @Test
    void screensPageListsEachScreensCompaniesWithTheirMetricsAndTheRules() throws IOException {
        String page = pages(render(SampleBriefings.week20241122())).get(4);

        assertThat(page).contains("Quality small caps \u2014 1 company", "net debt / EBITDA < 1.0x (or net cash), interest coverage > 5.0x",
                "ALFA Alfa Tools Inc. Industrials 12.5x 0.4x 9.0x 10.0% 6.2x");
        assertThat(page).contains("Refinancing risk \u2014 2 companies", "interest coverage < 1.5x, or net debt / EBITDA > 5.0x, or near-term maturities (due within two years) > 25.0% of total debt",
                "BRVO Bravo Therapeutics Inc. Health Care \u2013 \u2013 0.6x 40.0% 0.3x",
                "CHRL Charlie Retail Corp. Consumer Discretionary 18.0x 6.2x 1.2x 30.0% 0.9x");
        assertThat(page.indexOf("BRVO")).isLessThan(page.indexOf("CHRL"));
    }

    @Test
    void screensPageStatesTheThresholdsTheScreensApplied() throws IOException {
        Briefing sample = SampleBriefings.week20241122();
        Briefing.Valuation v = sample.valuation();
        Briefing configured = SampleBriefings.with(sample, sample.findings(), new Briefing.Valuation(v.aggregates(),
                v.companies(), v.qualitySmallCaps(), v.refinancingRisk(), v.history(),
                new ScreenThresholds(0.5, 8.0, 2.0, 4.0, 0.3)));

        String page = pages(render(configured)).get(4);

        assertThat(page).contains("net debt / EBITDA < 0.5x (or net cash), interest coverage > 8.0x (or no interest expense)",
                "interest coverage < 2.0x, or net debt / EBITDA > 4.0x, or near-term maturities (due within two years) > 30.0% of total debt");
    }

    @Test
    void aLongScreenShowsItsFirst25Companies() throws IOException {
        Briefing sample = SampleBriefings.week20241122();
        List<CompanyRow> thirty = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            thirty.add(SampleBriefings.company("RUSSELL_2000", String.format("R%03d", i), "Risky " + i + " Corp.", "Energy",
                    10.0, 1e6, 6.0, 1.0, 0.5, i / 10.0));
        }
        Briefing.Valuation v = sample.valuation();
        Briefing briefing = SampleBriefings.with(sample, sample.findings(),
                new Briefing.Valuation(v.aggregates(), v.companies(), v.qualitySmallCaps(), thirty, v.history()));

        List<String> pages = pages(render(briefing));
        String screens = pages.get(4);

        assertThat(pages).hasSizeBetween(4, 8);
        assertThat(screens).contains("Refinancing risk \u2014 top 25 of 30 companies", "R001 Risky 1 Corp.", "R025 Risky 25 Corp.");
        assertThat(String.join(" ", pages)).doesNotContain("R026");
    }

    @Test
    void sectorsPageHasOneRowPerRussell2000Sector() throws IOException {
        String page = pages(render(SampleBriefings.week20241122())).get(5);

        // weight 0.1734 -> 17.3%; n.m. forward P/E -> dash; 21.44 -> 21.4x; 0.612 -> 61.2%
        assertThat(page).contains("Health Care 17.3% \u2013 21.4x 3.8x 1.9x 61.2% 30.0%");
        assertThat(page).contains("Financials 18.0% 11.9x 11.5x \u2013 \u2013 8.1% \u2013");
        assertThat(page).contains("Information Technology 12.5% 35.2x 24.1x 1.2x 4.4x 45.0% 12.0%");
        assertThat(page).doesNotContain("Nasdaq");
    }

    @Test
    void dataNotesPageHasSourcesCoverageAndGroupedFindings() throws IOException {
        String page = pages(render(SampleBriefings.week20241122())).get(6);

        assertThat(page).contains("RUT.csv rut 2024-11-22 9f2c1d0b7e", "FRED.csv fred 2024-11-22 7d6e2a9b40");
        // coverage 0.9929 -> 99.3%, 0.9987 -> 99.9%; the Nasdaq Composite has no holdings -> dash
        assertThat(page).contains("Nasdaq Comp. Forward P/E 99.3% 99.9% \u2013", "Net debt / EBITDA 45.9% 70.6% \u2013");
        // the debt profile and the revision, from figures.json: 0.8876 / 0.9611, 0.8214 / 0.9532, 0.9012 / 0.9874
        assertThat(page).contains("Effective rate 88.8% 96.1% \u2013", "Maturity wall 82.1% 95.3% \u2013",
                "EPS revision, 13 wk 90.1% 98.7% \u2013");
        assertThat(page).contains("3 findings in 2 groups (by source and action); every finding is listed in the workbook's Data quality sheet.");
        assertThat(page).contains("IWM_holdings_2024-11-22.csv 2 e.g. line 34, Asset Class 'Money Market': not an equity skipped: out of scope");
        assertThat(page).contains("Methodology", "METRICS.md");
    }

    @Test
    void withoutCompanyDataTheNewPagesStillRenderWithDashes() throws IOException {
        List<String> pages = pages(render(SampleBriefings.withoutValuation()));

        assertThat(pages).hasSizeBetween(4, 8);
        assertThat(String.join(" ", pages)).contains("No company passes this screen this week.",
                "No history stored yet", "Relative forward P/E (Russell 2000 / S&P 500): 1.2x");
        assertThat(String.join(" ", pages)).doesNotContainPattern("(?<![0-9.])0\\.0x");
    }

    @Test
    void aFirstWeekSaysThatHistoryBuildsWeekByWeek() throws IOException {
        Briefing sample = SampleBriefings.week20241122();
        Briefing.Valuation v = sample.valuation();
        Briefing first = SampleBriefings.with(sample, List.of(), new Briefing.Valuation(v.aggregates(), v.companies(),
                v.qualitySmallCaps(), v.refinancingRisk(), v.history().subList(119, 120)));

        List<String> pages = pages(render(first));

        assertThat(pages.get(2)).contains("One history point so far (22 Nov 2024): the charts, averages and percentiles need earlier month-ends.");
        assertThat(pages.get(6)).contains("No data-quality findings this week.");
    }

    private Path render(Briefing briefing) {
        Path pdf = dir.resolve("briefing-" + System.nanoTime() + ".pdf");
        new PdfBriefingRenderer(PageSize.A4).render(briefing, pdf);
        return pdf;
    }

    /** Each page's text with runs of whitespace as one space and the footer left off. */
    private static List<String> pages(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " ").trim());
            }
        }
        return pages;
    }
}
