/**
 * The point-in-time store (H2 embedded, PostgreSQL in production): loads, facts, holdings, prices, estimates, issued
 * figures and the delivery log, each as known on a date.
 */
package io.capbrief.store;
