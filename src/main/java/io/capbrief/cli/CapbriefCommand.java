package io.capbrief.cli;

import io.capbrief.cli.bench.BenchCommand;

import picocli.CommandLine.Command;

/** The top-level {@code capbrief} command. */
@Command(name = "capbrief", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Weekly small-cap market briefing: extract, store, metrics, PDF and workbook, delivery.",
        subcommands = {RunCommand.class, DemoCommand.class, SampleDataCommand.class, RunsCommand.class, HistoryCommand.class, ExplainCommand.class,
                DeliveriesCommand.class, ResendCommand.class, ReleaseCommand.class, FetchCommand.class, FetchesCommand.class, ServeCommand.class,
                BenchCommand.class})
class CapbriefCommand {}
