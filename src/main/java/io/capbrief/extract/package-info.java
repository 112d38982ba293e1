/**
 * Extract, the first stage: reads the publishers' files (FRED, price CSVs, fund holdings, SEC companyfacts, estimates)
 * named by the sources manifest into model records, quarantining rows it cannot read.
 */
package io.capbrief.extract;
