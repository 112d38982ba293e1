package io.capbrief.metrics.fundamentals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.capbrief.model.CompanyFact;

/** Total debt of METRICS.md section 3: the first option with any part present, its parts summed at their latest end. */
final class TotalDebt {

    static final List<List<String>> OPTIONS = List.of(
            List.of("LongTermDebt", "ShortTermBorrowings"),
            List.of("LongTermDebtNoncurrent", "LongTermDebtCurrent", "ShortTermBorrowings"),
            List.of("DebtCurrent", "LongTermDebtNoncurrent"));

    private TotalDebt() {}

    /** @return null when no option has any part */
    static Derived of(KnownFacts known) {
        for (int option = 0; option < OPTIONS.size(); option++) {
            List<String> parts = OPTIONS.get(option);
            LocalDate e = parts.stream()
                    .flatMap(part -> known.of(part).stream())
                    .map(CompanyFact::end)
                    .max(LocalDate::compareTo)
                    .orElse(null);
            if (e != null) {
                return atEnd(known, parts, e, option + 1);
            }
        }
        return null;
    }

    /** A part with no value at E counts 0, so a balance sheet that stopped reporting a part does not carry a stale value. */
    private static Derived atEnd(KnownFacts known, List<String> parts, LocalDate e, int option) {
        List<CompanyFact> used = new ArrayList<>();
        for (String part : parts) {
            known.of(part).stream().filter(f -> f.end().equals(e)).max(Ttm.LATEST).ifPresent(used::add);
        }
        double total = used.stream().mapToDouble(CompanyFact::value).sum();
        String rule = "option " + option + " at " + e + ", a part missing there counting 0";
        return new Derived(total, e, new Lineage(String.join(" + ", parts), used, rule));
    }
}
