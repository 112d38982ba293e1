package io.capbrief.cli;

import static io.capbrief.cli.CompanyExplanation.amount;
import static io.capbrief.cli.CompanyExplanation.weight;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.capbrief.metrics.IndexValuation;
import io.capbrief.metrics.fundamentals.AggregateBreakdown;
import io.capbrief.metrics.fundamentals.AggregateDefinition;
import io.capbrief.metrics.fundamentals.IndexAggregator;
import io.capbrief.report.DisplayFormat;
import io.capbrief.report.FigureDisplay;
import io.capbrief.store.BriefingVersion;

/** Prints one index aggregate of a week taken apart: its definition, set, coverage, sums and largest contributors. */
final class AggregateExplanation {

    static final int CONTRIBUTORS = 10;

    private final PrintWriter out;

    AggregateExplanation(PrintWriter out) {
        this.out = out;
    }

    void print(LocalDate week, IndexValuation index, AggregateDefinition definition, Optional<BriefingVersion> issued,
            Double issuedValue) {
        String figure = index.index().name() + "." + definition.name();
        AggregateBreakdown b = new IndexAggregator().breakdown(definition, index.constituents());
        Double value = b.aggregate().value();
        out.println(figure + ", week ending " + week + ": computed from the store as the briefing computes it");
        line("Value", FigureDisplay.format(figure, value) + (value == null ? "  (" + b.aggregate().reason() + ")"
                : String.format(Locale.US, "  (%s unrounded)", value)));
        line("As issued", issued.map(v -> FigureDisplay.format(figure, issuedValue) + " in version " + v.version()
                + (Objects.equals(issuedValue, value) ? ", the same" : ", differs: data loaded since"))
                .orElse("no briefing issued for the week yet"));
        line("Definition", formula(definition));
        line("Set", definition.set() + ": " + b.parts().size() + " of " + b.constituents() + " constituents");
        line("Coverage", DisplayFormat.percent(b.aggregate().coverage()) + " of the index weight");
        line("Holdings", index.holdingsFile() == null ? "none dated on or before the week"
                : index.holdingsFile() + " as of " + index.holdingsAsOf());
        sums(definition, b);
        out.println();
        List<AggregateBreakdown.Part> largest = b.parts().subList(0, Math.min(CONTRIBUTORS, b.parts().size()));
        out.println("Largest contributors (" + largest.size() + " of " + b.parts().size() + ", " + order(definition) + ")");
        out.println(row("Ticker", "Weight", column(definition, true), column(definition, false)));
        for (AggregateBreakdown.Part p : largest) {
            out.println(row(p.constituent().ticker(), weight(p.constituent().weight()), term(definition, p.numerator()),
                    definition.kind() == AggregateDefinition.Kind.RATIO_OF_SUMS ? term(definition, p.denominator()) : ""));
        }
    }

    private void sums(AggregateDefinition d, AggregateBreakdown b) {
        switch (d.kind()) {
            case RATIO_OF_SUMS -> {
                line("Numerator", "sum(" + d.numerator() + ") = " + amount(b.numerator()));
                line("Denominator", "sum(" + d.denominator() + ") = " + amount(b.denominator()));
            }
            case HARMONIC -> {
                line("Numerator", "1");
                line("Denominator", String.format(Locale.US, "sum(w_i / sum(w) x %s_i / %s_i) = %.6f", d.numerator(),
                        d.denominator(), b.numerator()));
            }
            case COUNT_SHARE -> {
                line("Numerator", "count with " + d.numerator() + " = " + amount(b.numerator()));
                line("Denominator", "count of the set = " + amount(b.denominator()));
            }
            case WEIGHT_SHARE -> {
                line("Numerator", "weight with " + d.numerator() + " = " + weight(b.numerator()));
                line("Denominator", "weight of the set = " + weight(b.denominator()));
            }
            case SUM -> line("Sum", "sum(" + d.numerator() + ") = " + amount(b.numerator()));
            case MEDIAN -> line("Median", "of " + b.parts().size() + " values of " + d.numerator());
        }
    }

    private static String formula(AggregateDefinition d) {
        return switch (d.kind()) {
            case RATIO_OF_SUMS -> "sum(" + d.numerator() + ") / sum(" + d.denominator() + ")";
            case HARMONIC -> "1 / sum(w_i / sum(w) x " + d.numerator() + "_i / " + d.denominator() + "_i), w the index weights";
            case COUNT_SHARE -> "count with " + d.numerator() + " / count of the set";
            case WEIGHT_SHARE -> "weight with " + d.numerator() + " / weight of the set";
            case MEDIAN -> "median of " + d.numerator() + ", unweighted";
            case SUM -> "sum(" + d.numerator() + ")";
        };
    }

    private static String order(AggregateDefinition d) {
        return switch (d.kind()) {
            case RATIO_OF_SUMS, SUM -> "by the size of " + d.numerator();
            case HARMONIC -> "by the size of their term";
            case COUNT_SHARE, WEIGHT_SHARE -> "those with " + d.numerator() + " first, by weight";
            case MEDIAN -> "by weight";
        };
    }

    private static String column(AggregateDefinition d, boolean numerator) {
        if (!numerator) {
            return d.kind() == AggregateDefinition.Kind.RATIO_OF_SUMS ? d.denominator() : "";
        }
        return d.kind() == AggregateDefinition.Kind.HARMONIC ? "term" : d.numerator();
    }

    private static String term(AggregateDefinition d, double value) {
        return switch (d.kind()) {
            case RATIO_OF_SUMS, SUM -> amount(value);
            case HARMONIC -> String.format(Locale.US, "%.6f", value);
            case COUNT_SHARE, WEIGHT_SHARE -> value != 0 ? "yes" : "no";
            case MEDIAN -> String.format(Locale.US, "%.2f", value);
        };
    }

    private static String row(String ticker, String weight, String numerator, String denominator) {
        return String.format("  %-8s %9s %22s %22s", ticker, weight, numerator, denominator).stripTrailing();
    }

    private void line(String label, String text) {
        out.println(String.format("%-12s %s", label, text));
    }
}
