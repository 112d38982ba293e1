package io.capbrief.store;

import java.time.LocalDate;

/** An issued, archived briefing version and where its files are. */
public record BriefingVersion(LocalDate week, int version, String outDir, String figuresJson) {}
