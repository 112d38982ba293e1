/**
 * Pure company and index calculations on records (trailing twelve months, company metrics, weighted aggregates,
 * screens), testable without a database.
 */
package io.capbrief.metrics.fundamentals;
