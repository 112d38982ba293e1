package io.capbrief.report.pdf;

import java.util.List;
import java.util.Map;

import io.capbrief.report.Briefing.AggregateRow;
import io.capbrief.report.Briefing;
import io.capbrief.report.DisplayFormat;

/** The sectors page's parameters: the Russell 2000 sector aggregates, one row a sector. */
final class PdfSectorsParameters {

    static final List<String> COLUMNS = List.of("Weight", "Fwd P/E", "Fwd P/E ex-negative", "Net debt / EBITDA",
            "Interest coverage", "% unprof.", "% zombies");

    private PdfSectorsParameters() {}

    static void put(Briefing b, Map<String, Object> p) {
        p.put("SECTOR_COLUMNS", COLUMNS);
        p.put("SECTOR_ROWS", PdfAggregateRows.sectors(b).stream().map(PdfSectorsParameters::row).toList());
    }

    private static PdfTableRow row(AggregateRow a) {
        return PdfAggregateRows.row(a.sector(), a, List.of(
                x -> DisplayFormat.percent(x.weight()), PdfAggregateRows.multiple("fwd_pe"),
                PdfAggregateRows.multiple("fwd_pe_ex_neg"), PdfAggregateRows.multiple("net_debt_ebitda"),
                PdfAggregateRows.multiple("interest_coverage"), PdfAggregateRows.percent("pct_unprofitable"),
                PdfAggregateRows.percent("pct_zombies")));
    }
}
