package io.capbrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import io.capbrief.job.WeekOutcome;
import io.capbrief.sample.SampleLandingZone;

import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capbrief demo}: the bundled sample into a temporary landing zone, then the briefing for 2024-11-22. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write the bundled sample data into a temporary landing zone and run the briefing for the week ending 2024-11-22.")
class DemoCommand implements Callable<Integer> {

    static final LocalDate DEMO_WEEK = LocalDate.of(2024, 11, 22);

    @Option(names = "--out", paramLabel = "DIR", description = "Where briefings go (default: ./out).")
    Path out;

    @Spec
    CommandSpec spec;

    private final WeekRunner runner;

    DemoCommand(WeekRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() throws IOException {
        Path landing = Files.createTempDirectory("capbrief-demo-");
        try {
            new SampleLandingZone().write(landing);
            spec.commandLine().getOut().println("Sample data written to a temporary landing zone " + landing);
            List<WeekOutcome> outcomes = runner.runWeeks(List.of(DEMO_WEEK), landing.resolve("sources.yml"), out, false,
                    spec.commandLine().getOut());
            return outcomes.stream().anyMatch(WeekOutcome::failed) ? 1 : 0;
        } finally {
            FileSystemUtils.deleteRecursively(landing);
        }
    }
}
