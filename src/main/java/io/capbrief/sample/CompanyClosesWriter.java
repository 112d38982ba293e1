package io.capbrief.sample;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Writes {@code prices/company_closes.csv}, {@code date,ticker,close} of the S&P 500 members on each grid date: the SPDR workbook has no price column. */
final class CompanyClosesWriter {

    private CompanyClosesWriter() {
    }

    static String csv(SampleUniverse universe) {
        List<LocalDate> grid = universe.dates().grid();
        StringBuilder out = new StringBuilder("date,ticker,close\n");
        for (int j = 0; j < grid.size(); j++) {
            int date = j;
            universe.large().stream().filter(c -> c.memberAt(date)).sorted(Comparator.comparing(c -> c.ticker))
                    .forEach(c -> out.append(grid.get(date)).append(',').append(c.ticker).append(',')
                            .append(universe.close(c, date).toPlainString()).append('\n'));
        }
        return out.toString();
    }
}
