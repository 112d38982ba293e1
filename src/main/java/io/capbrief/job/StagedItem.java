package io.capbrief.job;

/**
 * A record read from a source file, bound for that file's staging load.
 *
 * @param position the item's place in the load: records first, then rejected rows
 */
public record StagedItem(long loadId, int position, Object record) {}
