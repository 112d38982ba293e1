package io.capbrief.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.capbrief.report.Briefing.AggregateRow;
import io.capbrief.report.Briefing.RateSummary;
import io.capbrief.report.Briefing;
import io.capbrief.report.DisplayFormat;
import io.capbrief.report.NotSignificant;
import io.capbrief.report.HistoryDisplay;
import io.capbrief.report.LeverageBuckets.Bucket;
import io.capbrief.report.MaturityBucket;

import net.sf.jasperreports.charts.renderers.JCommonDrawableRendererImpl;

/**
 * The leverage page's parameters: net debt / EBITDA distribution and maturity wall charts, debt due in USD, coverage
 * buckets, leverage aggregates with the effective interest rate against its 10-year range, and rates.
 */
final class PdfLeverageParameters {

    static final List<String> LEVERAGE_COLUMNS = List.of("Net debt / EBITDA", "Median net debt / EBITDA",
            "Interest coverage", "% weak coverage", "% zombies", "Refi wall", "Rate-shock cov.", "Eff. rate",
            "Eff. rate 10-year range");

    private PdfLeverageParameters() {}

    static void put(Briefing b, Map<String, Object> p) {
        p.put("LEVERAGE_CHART", new JCommonDrawableRendererImpl(ChartNetDebtDistribution.create(b)));
        p.put("MATURITY_CHART", new JCommonDrawableRendererImpl(ChartMaturityWall.create(b)));
        p.put("MATURITY_COLUMNS", MaturityBucket.ALL.stream().map(MaturityBucket::label).toList());
        p.put("MATURITY_ROWS", maturityUsd(b));
        p.put("COVERAGE_BUCKET_COLUMNS", List.of("<1x", "1\u20131.5x", "1.5\u20133x", "3\u20135x", ">5x", "Count"));
        p.put("COVERAGE_BUCKET_ROWS", coverageBuckets(b));
        p.put("LEVERAGE_COLUMNS", LEVERAGE_COLUMNS);
        p.put("LEVERAGE_ROWS", PdfAggregateRows.indices(b).stream().map(a -> leverage(b, a)).toList());
        p.put("RATE_CHANGE_COLUMNS", rateColumns(b));
        p.put("RATE_CHANGE_ROWS", b.rates().stream().map(r -> rate(b, r)).toList());
    }

    private static List<PdfTableRow> coverageBuckets(Briefing b) {
        List<PdfTableRow> rows = new ArrayList<>();
        for (AggregateRow index : PdfAggregateRows.indices(b)) {
            List<Bucket> buckets = b.valuation().leverage(index.index()).interestCoverage();
            int companies = buckets.stream().mapToInt(Bucket::count).sum();
            List<String> cells = new ArrayList<>(buckets.stream().map(x -> DisplayFormat.percent(x.share())).toList());
            cells.add(companies == 0 ? DisplayFormat.EMPTY : DisplayFormat.count(companies));
            rows.add(new PdfTableRow(index.indexLabel(), cells));
        }
        return rows;
    }

    /** Debt due in each year in USD billions, for the indices the maturity chart shows. */
    private static List<PdfTableRow> maturityUsd(Briefing b) {
        List<PdfTableRow> rows = new ArrayList<>();
        for (String[] index : ChartGroupedBars.INDICES) {
            List<String> cells = MaturityBucket.ALL.stream()
                    .map(bucket -> DisplayFormat.billions(b.figure(index[0] + ".maturity_usd." + bucket.name()))).toList();
            rows.add(new PdfTableRow(index[1], cells));
        }
        return rows;
    }

    private static PdfTableRow leverage(Briefing b, AggregateRow a) {
        return PdfAggregateRows.row(a.indexLabel(), a, List.of(
                PdfAggregateRows.multiple("net_debt_ebitda"), PdfAggregateRows.multiple("net_debt_ebitda_median"),
                PdfAggregateRows.multiple("interest_coverage"), PdfAggregateRows.percent("pct_weak_coverage"),
                PdfAggregateRows.percent("pct_zombies"), PdfAggregateRows.percent("refi_wall"),
                PdfAggregateRows.multiple("rate_shock_coverage"),
                x -> NotSignificant.display(b, x.index() + ".effective_rate", DisplayFormat::percent),
                x -> effectiveRateRange(b, x.index())));
    }

    /** The lowest and highest effective rate over the history points of the past ten years, this week's included. */
    static String effectiveRateRange(Briefing b, String index) {
        HistoryDisplay.Range range = HistoryDisplay.range(b.valuation().history(), index + ".effective_rate", b.week(), 10);
        return range == null ? DisplayFormat.EMPTY : DisplayFormat.percentRange(range.min(), range.max());
    }

    private static List<String> rateColumns(Briefing b) {
        List<String> columns = new ArrayList<>(List.of("Level", "1 week"));
        b.events().forEach(e -> columns.add("Since " + e.label()));
        columns.add("YTD");
        return columns;
    }

    private static PdfTableRow rate(Briefing b, RateSummary r) {
        List<String> cells = new ArrayList<>(List.of(DisplayFormat.yield(r.level()), DisplayFormat.basisPoints(r.change1wBp())));
        b.events().forEach(e -> cells.add(DisplayFormat.basisPoints(r.eventChangesBp().get(e.id()))));
        cells.add(DisplayFormat.basisPoints(r.changeYtdBp()));
        return new PdfTableRow(r.label(), cells);
    }
}
