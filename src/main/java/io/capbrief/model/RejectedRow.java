package io.capbrief.model;

/**
 * A row a reader did not keep, with the reason: quarantined when it could not be read, or
 * recorded as skipped when it was read but is out of scope (cash, futures, ...).
 *
 * @param field the field at fault, null when the row as a whole is the problem
 */
public record RejectedRow(String file, long line, String field, String value, String reason, boolean quarantined) {}
