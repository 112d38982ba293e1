package io.capbrief.sample;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@code prices/company_closes.csv}, {@code date,ticker,close} of both indices' members on every close date
 * (members of the latest holdings file on or before it): the price a briefing for that week sees, the SPDR
 * workbook having no price column and the iShares one only its own date's.
 */
final class CompanyClosesWriter {

    private CompanyClosesWriter() {
    }

    static String csv(SampleUniverse universe) {
        SampleDates dates = universe.dates();
        List<SampleCompany> byTicker = universe.companies().stream().sorted(Comparator.comparing(c -> c.ticker)).toList();
        StringBuilder out = new StringBuilder("date,ticker,close\n");
        for (int k = 0; k < dates.closeDates().size(); k++) {
            LocalDate day = dates.closeDates().get(k);
            int j = dates.gridIndexOf(day);
            for (SampleCompany c : byTicker) {
                if (c.memberAt(j)) {
                    out.append(day).append(',').append(c.ticker).append(',').append(universe.closeOn(c, k).toPlainString())
                            .append('\n');
                }
            }
        }
        return out.toString();
    }
}
