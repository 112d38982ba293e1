package io.capbrief.metrics.fundamentals;

import java.time.LocalDate;
import java.util.List;

/**
 * A consensus EPS estimate as of a date.
 *
 * @param fiscalYearEnd the end of FY1, the fiscal year the FY1 EPS is for
 * @param ntmEps the next-twelve-months EPS when the source gives it; otherwise FY1 and FY2 are blended
 */
public record Estimate(LocalDate asOf, LocalDate fiscalYearEnd, Double fy1Eps, Double fy2Eps, Double ntmEps) {

    /** The latest estimate dated on or before the week (on a tie the later one in the list); null when none is. */
    public static Estimate latestKnown(List<Estimate> estimates, LocalDate week) {
        Estimate latest = null;
        for (Estimate e : estimates) {
            if (!e.asOf().isAfter(week) && (latest == null || !e.asOf().isBefore(latest.asOf()))) {
                latest = e;
            }
        }
        return latest;
    }
}
