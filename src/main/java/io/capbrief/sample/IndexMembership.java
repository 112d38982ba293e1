package io.capbrief.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Draws an index's companies on the holdings grid: a stable membership where as many enter as leave at each later date. */
final class IndexMembership {

    private final List<LocalDate> grid;
    private final CompanyIdentities identities;
    private final int firstFiscalYear;

    IndexMembership(List<LocalDate> grid, CompanyIdentities identities, int firstFiscalYear) {
        this.grid = grid;
        this.identities = identities;
        this.firstFiscalYear = firstFiscalYear;
    }

    /** {@code size} members on the first date, then {@code turnover} leavers and as many newcomers at each later one. */
    List<SampleCompany> draw(boolean largeCap, int size, int turnover, Random random) {
        List<SampleCompany> pool = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            pool.add(identities.next(largeCap, random, 0));
        }
        for (int j = 1; j < grid.size(); j++) {
            int date = j;
            List<SampleCompany> current = new ArrayList<>(pool.stream().filter(c -> c.memberAt(date)).toList());
            for (int n = 0; n < turnover; n++) {
                SampleCompany leaving = current.remove(random.nextInt(current.size()));
                leaving.exit = j;
                // most leavers were taken over: they stop filing once they are gone
                leaving.lastFiled = grid.get(j);
            }
            for (int n = 0; n < turnover; n++) {
                SampleCompany entering = identities.next(largeCap, random, j);
                // a newcomer listed a year or two before it joined
                entering.firstFiscalYear = Math.max(firstFiscalYear,
                        grid.get(j).getYear() - 1 - random.nextInt(2));
                pool.add(entering);
            }
        }
        return pool;
    }
}
