/** The command line (picocli): run, demo, runs, deliveries, resend, serve, sample-data and bench, each a subcommand. */
package io.capbrief.cli;
