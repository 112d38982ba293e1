package io.capbrief.metrics;

/**
 * A data-quality finding raised while computing: what is wrong, about which company or figure, and what was done.
 *
 * @param company the ticker concerned, null when the note is about an index or a file
 */
public record DataNote(String source, String company, String problem, String action) {}
