/**
 * The benchmark of {@code capbrief bench}: a synthetic universe through every stage in a store of its own, timed against
 * H2's own bulk load and reported as a table and bench.json.
 */
package io.capbrief.cli.bench;
