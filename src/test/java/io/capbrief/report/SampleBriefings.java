package io.capbrief.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.capbrief.report.Briefing.Close;
import io.capbrief.report.Briefing.Event;
import io.capbrief.report.Briefing.IndexSummary;
import io.capbrief.report.Briefing.RateSummary;
import io.capbrief.report.Briefing.Source;

/** Test fixture: a realistic briefing for the week ending 2024-11-22, figures close to the public record. */
public final class SampleBriefings {

    public static final LocalDate WEEK = LocalDate.of(2024, 11, 22);
    public static final Event US_ELECTION = new Event("us-election", LocalDate.of(2024, 11, 5), "US election");

    private SampleBriefings() {}

    public static Briefing week20241122() {
        return week20241122(List.of());
    }

    /** The same briefing issued as version 2 with the given correction lines. */
    public static Briefing corrected(List<String> correction) {
        Briefing b = week20241122(correction);
        return new Briefing(b.week(), 2, b.generatedAt(), b.indices(), b.events(), b.rates(), b.sentences(), b.closes(),
                b.sources(), b.figures(), b.correction(), List.of(), Briefing.Valuation.empty());
    }

    private static Briefing week20241122(List<String> correction) {
        List<IndexSummary> indices = List.of(
                index("RUSSELL_2000", "Russell 2000", 2406.67, 0.0443, 0.0730, 0.0436, 0.06448, 0.1873, -0.0148,
                        LocalDate.of(2021, 11, 8), 2434.73, 1762.42, 27.9),
                index("SP_500", "S&P 500", 5969.34, 0.0168, 0.0307, 0.0380, 0.0387, 0.2518, -0.0054,
                        LocalDate.of(2024, 11, 11), 6001.35, 4557.11, 22.7),
                index("NASDAQ_COMPOSITE", "Nasdaq Composite", 19003.65, 0.0173, 0.0367, 0.0414, 0.0464, 0.2659, -0.0153,
                        LocalDate.of(2024, 11, 11), 19298.76, 14103.84, null));
        List<RateSummary> rates = List.of(
                new RateSummary("DGS10", "10-year Treasury", WEEK, 4.41, -2.0, Map.of("us-election", 14.0), 53.0),
                new RateSummary("DFF", "Fed funds (effective)", WEEK, 4.58, 0.0, Map.of("us-election", -25.0), -75.0));
        List<String> sentences = List.of(
                "The Russell 2000 rose 6.4% since the US election on 5 Nov 2024, ahead of the S&P 500 (+3.9%) and the Nasdaq Composite (+4.6%).",
                "Over the week the Russell 2000 gained 4.4%, ahead of the S&P 500 (+1.7%) and the Nasdaq Composite (+1.7%).",
                "Year to date the Russell 2000 is up 18.7%, behind the S&P 500 (+25.2%) and the Nasdaq Composite (+26.6%).",
                "The Russell 2000 closed 1.5% below its record close of 2,442.74 on 8 Nov 2021.",
                "The 10-year Treasury yield ended the week at 4.41% (-2 bp on the week).");
        return new Briefing(WEEK, 1, Instant.parse("2024-11-22T23:00:05Z"), indices, List.of(US_ELECTION), rates,
                sentences, closes(indices), sources(), figures(indices), correction, List.of(), Briefing.Valuation.empty());
    }

    private static IndexSummary index(String code, String label, double close, double r1w, double mtd, double qtd,
            double sinceElection, double ytd, double offHigh, LocalDate highDate, double high52w, double low52w,
            Double forwardPe) {
        return new IndexSummary(code, label, WEEK, close, r1w, mtd, qtd, ytd, Map.of(US_ELECTION.id(), sinceElection),
                offHigh, highDate, high52w, low52w, forwardPe);
    }

    /** Two years of weekday closes: a deterministic drift with waves, ending exactly at each index's close. */
    private static List<Close> closes(List<IndexSummary> indices) {
        List<Close> closes = new ArrayList<>();
        LocalDate start = WEEK.minusYears(2);
        long days = ChronoUnit.DAYS.between(start, WEEK);
        for (int k = 0; k < indices.size(); k++) {
            IndexSummary index = indices.get(k);
            double drift = 0.18 + 0.05 * k;
            double end = shape(1.0, drift, k);
            for (LocalDate d = start; !d.isAfter(WEEK); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                double t = ChronoUnit.DAYS.between(start, d) / (double) days;
                closes.add(new Close(index.code(), d, index.close() * shape(t, drift, k) / end));
            }
        }
        return closes;
    }

    private static double shape(double t, double drift, int k) {
        return Math.exp(drift * 2 * t) * (1 + 0.06 * Math.sin(t * 9 + k) + 0.02 * Math.sin(t * 41 + 2 * k));
    }

    private static List<Source> sources() {
        return List.of(
                new Source("rut", "RUT.csv", "9f2c1d0b7e", WEEK),
                new Source("spx", "SPX.csv", "41a7e3c2d9", WEEK),
                new Source("ixic", "IXIC.csv", "c03b5e8f12", WEEK),
                new Source("fred", "FRED.csv", "7d6e2a9b40", WEEK));
    }

    private static Map<String, Double> figures(List<IndexSummary> indices) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (IndexSummary i : indices) {
            figures.put(i.code() + ".close", i.close());
            figures.put(i.code() + ".return.1w", i.return1w());
            figures.put(i.code() + ".return.ytd", i.returnYtd());
            figures.put(i.code() + ".return.event.us-election", i.eventReturns().get("us-election"));
            figures.put(i.code() + ".off_high", i.offHigh());
            figures.put(i.code() + ".fwd_pe", i.forwardPe());
        }
        figures.put("RATES.DGS10", 4.41);
        figures.put("RATES.DFF", 4.58);
        figures.put("RATES.DGS10.change_bp.1w", -2.0);
        figures.put("RELATIVE.fwd_pe", 27.9 / 22.7);
        return figures;
    }
}
