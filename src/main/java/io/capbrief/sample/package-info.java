/**
 * The demo's synthetic data: a seeded universe of companies written as source files in the publishers' real formats,
 * with deliberate restatements and bad rows.
 */
package io.capbrief.sample;
