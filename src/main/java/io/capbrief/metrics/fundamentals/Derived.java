package io.capbrief.metrics.fundamentals;

import java.time.LocalDate;

/** A field's value with the period end it describes and its lineage. */
record Derived(double value, LocalDate end, Lineage lineage) {}
