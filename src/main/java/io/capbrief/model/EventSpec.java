package io.capbrief.model;

import java.time.LocalDate;

/** A market event that returns and rate changes are measured from, e.g. the US election. */
public record EventSpec(String id, LocalDate date, String label) {}
