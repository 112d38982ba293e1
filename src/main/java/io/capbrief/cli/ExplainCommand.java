package io.capbrief.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.capbrief.metrics.IndexValuation;
import io.capbrief.metrics.WeekCalendar;
import io.capbrief.metrics.WeekValuation;
import io.capbrief.metrics.WeeklyFiguresCalculator;
import io.capbrief.metrics.fundamentals.AggregateDefinition;
import io.capbrief.metrics.fundamentals.Constituent;
import io.capbrief.model.IndexCode;
import io.capbrief.report.FiguresJsonWriter;
import io.capbrief.store.BriefingArchive;
import io.capbrief.store.BriefingVersion;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code capbrief explain}: where a company's figures or an index aggregate of a week come from. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show where a week's figures come from, computed from the store as the briefing computes them "
                + "(filings filed by the week, its holdings, estimates and prices): for a company, every metric with the "
                + "numbers it came from, down to the facts and their filings; for an index aggregate, its set, coverage, "
                + "sums and the ten largest contributors. Reads only. While `serve` runs on the embedded store, it holds the "
                + "store and explain cannot open it.",
                "Example: capbrief explain --week 2024-11-22 --figure RUSSELL_2000.net_debt_ebitda"})
class ExplainCommand implements Callable<Integer> {

    @Option(names = "--week", required = true, paramLabel = "WEEK", description = "The week ending, a Friday (yyyy-MM-dd).")
    LocalDate week;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    static class Subject {
        @Option(names = "--ticker", paramLabel = "TICKER", description = "A constituent's ticker, e.g. AAPL.")
        String ticker;

        @Option(names = "--figure", paramLabel = "INDEX.FIGURE", description = "An index aggregate, e.g. "
                + "RUSSELL_2000.net_debt_ebitda.")
        String figure;
    }

    @Spec
    CommandSpec spec;

    private final WeeklyFiguresCalculator calculator;
    private final BriefingArchive archive;

    ExplainCommand(WeeklyFiguresCalculator calculator, BriefingArchive archive) {
        this.calculator = calculator;
        this.archive = archive;
    }

    @Override
    public Integer call() {
        if (!WeekCalendar.isWeekEnding(week)) {
            throw new ParameterException(spec.commandLine(), "--week " + week + " is not a Friday; weeks end on Fridays "
                    + "(the week containing it ends " + WeekCalendar.weekEndingOnOrBefore(week.plusDays(6)) + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (subject.figure != null) {
            return explainFigure(out);
        }
        WeekValuation valuation = calculator.valuationAt(week);
        List<String> tickers = valuation.valuation().indices().values().stream()
                .flatMap(v -> v.constituents().stream())
                .map(Constituent::ticker)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        if (!tickers.contains(subject.ticker)) {
            return refuse("no constituent of any index has the ticker '" + subject.ticker + "' at the week ending " + week
                    + "; expected one of the " + tickers.size() + " tickers of its holdings files"
                    + (tickers.isEmpty() ? " (none is loaded: run the week first)"
                            : ", e.g. " + tickers.stream().limit(5).collect(Collectors.joining(", "))));
        }
        new CompanyExplanation(out).print(valuation, subject.ticker, issued());
        out.flush();
        return 0;
    }

    private int explainFigure(PrintWriter out) {
        String figure = subject.figure;
        int dot = figure.indexOf('.');
        Optional<IndexCode> index = Arrays.stream(IndexCode.values())
                .filter(i -> dot > 0 && i.name().equals(figure.substring(0, dot)))
                .findFirst();
        Optional<AggregateDefinition> definition = dot < 0 ? Optional.empty() : AggregateDefinition.named(figure.substring(dot + 1));
        if (index.isEmpty() || definition.isEmpty()) {
            return refuse("'" + figure + "' is not an index aggregate; expected INDEX.FIGURE with INDEX one of "
                    + Arrays.stream(IndexCode.values()).map(Enum::name).collect(Collectors.joining(", "))
                    + " and FIGURE one of " + AggregateDefinition.ALL.stream().map(AggregateDefinition::name)
                            .collect(Collectors.joining(", ")));
        }
        WeekValuation valuation = calculator.valuationAt(week);
        IndexValuation constituents = valuation.valuation().indices().get(index.get());
        Optional<BriefingVersion> issued = issued();
        Double issuedValue = issued.map(v -> FiguresJsonWriter.figures(v.figuresJson()).get(figure)).orElse(null);
        new AggregateExplanation(out).print(week, constituents, definition.get(), issued, issuedValue);
        out.flush();
        return 0;
    }

    private Optional<BriefingVersion> issued() {
        return archive.latest(week);
    }

    /** A one-line reason and exit code 2, as for a bad parameter, without the usage text that would bury it. */
    private int refuse(String reason) {
        spec.commandLine().getErr().println("capbrief explain: " + reason);
        spec.commandLine().getErr().flush();
        return 2;
    }
}
