package io.capbrief.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.capbrief.model.IndexCode;

/**
 * Why a week's briefing must be held rather than mailed (METRICS.md section 9), or nothing. The absolute limits (an
 * index's weekly move, a stale index or rate) need only the week; the relative ones (a forward P/E's move, a
 * coverage's fall) compare with the previous issued week and are skipped when there is none.
 */
public final class SanityCheck {

    private static final String COVERAGE = ".coverage.";

    private SanityCheck() {}

    /**
     * @param previous the figures of the issued briefing of the week before, or null when that week was not issued
     */
    public static List<String> reasons(WeeklyFigures week, Map<String, Double> previous, HoldLimits limits) {
        List<String> reasons = new ArrayList<>();
        if (!limits.enabled()) {
            return reasons;
        }
        for (IndexCode index : IndexCode.values()) {
            IndexPerformance performance = week.indices().get(index);
            if (performance == null) {
                continue;
            }
            if (performance.return1w() != null && Math.abs(performance.return1w()) > limits.weeklyMove()) {
                reasons.add(String.format(Locale.ROOT, "%s close moved %+.1f%% in the week (limit %.0f%%)", index.label(),
                        100 * performance.return1w(), 100 * limits.weeklyMove()));
            }
            stale(index.label(), performance.closeDate(), week.week(), limits).ifPresent(reasons::add);
        }
        week.rates().forEach((series, rate) -> stale(series, rate.asOf(), week.week(), limits).ifPresent(reasons::add));
        if (previous != null) {
            for (IndexCode index : IndexCode.values()) {
                Double now = week.figures().get(index.name() + ".fwd_pe");
                Double before = previous.get(index.name() + ".fwd_pe");
                if (now != null && before != null && before > 0 && Math.abs(now / before - 1) > limits.forwardPeMove()) {
                    reasons.add(String.format(Locale.ROOT, "%s forward P/E %.1fx against %.1fx the week before (%+.0f%%, limit %.0f%%)",
                            index.label(), now, before, 100 * (now / before - 1), 100 * limits.forwardPeMove()));
                }
            }
            week.figures().forEach((name, now) -> {
                Double before = previous.get(name);
                if (name.contains(COVERAGE) && now != null && before != null && before - now > limits.coverageDrop() + 1e-12) {
                    int cut = name.indexOf(COVERAGE);
                    reasons.add(String.format(Locale.ROOT, "%s coverage of %s fell %.0f points, from %.0f%% to %.0f%% (limit %.0f)",
                            IndexCode.valueOf(name.substring(0, cut)).label(), name.substring(cut + COVERAGE.length()),
                            100 * (before - now), 100 * before, 100 * now, 100 * limits.coverageDrop()));
                }
            });
        }
        return reasons;
    }

    private static Optional<String> stale(String what, LocalDate latest, LocalDate week, HoldLimits limits) {
        if (latest == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(latest, week);
        return days > limits.staleDays()
                ? Optional.of(String.format(Locale.ROOT, "%s: latest observation %s, %d days before the week (limit %d)",
                        what, latest, days, limits.staleDays()))
                : Optional.empty();
    }
}
