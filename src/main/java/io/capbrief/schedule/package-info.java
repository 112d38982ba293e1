/**
 * The Quartz schedule of {@code capbrief serve}: when the weekly job runs, and what a missed run leaves to backfill.
 */
package io.capbrief.schedule;
