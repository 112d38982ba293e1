/**
 * The records every stage shares (facts, holdings, prices, estimates, rejected rows): what the readers produce and the
 * store keeps and returns; it imports only the JDK.
 */
package io.capbrief.model;
