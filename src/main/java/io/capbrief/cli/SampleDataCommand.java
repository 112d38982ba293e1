package io.capbrief.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.capbrief.sample.SampleLandingZone;
import io.capbrief.sample.SampleUniverse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capbrief sample-data}: writes the deterministic synthetic landing zone and its manifest. */
@Command(name = "sample-data", mixinStandardHelpOptions = true,
        description = "Write the synthetic sample landing zone (fixed seed, the publishers' real formats) and its sources.yml.")
class SampleDataCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write into.")
    Path out;

    @Option(names = "--companies", paramLabel = "N",
            description = "Index members at each date, for trying capbrief at scale (default: ${DEFAULT-VALUE}).")
    int companies = SampleUniverse.DEFAULT_COMPANIES;

    @Option(names = "--years", paramLabel = "Y", description = "Years of filings before the week (default: ${DEFAULT-VALUE}).")
    int years = SampleUniverse.DEFAULT_YEARS;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        new SampleLandingZone(companies, years).write(out);
        spec.commandLine().getOut().println("Sample landing zone written to " + out.toAbsolutePath().normalize()
                + "; run it with: capbrief run --week 2024-11-22 --sources " + out.resolve("sources.yml"));
        return 0;
    }
}
