package io.capbrief.store;

import java.time.LocalDate;

/** One load of a source file's content into a target series; visible once its state is COMMITTED. */
public record SourceLoad(
        long id, String sourceId, String format, String target, String filePath, String sha256, String state,
        Integer rowCount, LocalDate firstDate, LocalDate lastDate, LocalDate asOf) {

    public static final String STAGING = "STAGING";
    public static final String COMMITTED = "COMMITTED";
}
