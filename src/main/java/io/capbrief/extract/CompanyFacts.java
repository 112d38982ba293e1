package io.capbrief.extract;

import java.util.List;

import io.capbrief.model.CompanyFact;
import io.capbrief.model.RejectedRow;

/**
 * One company's facts from an SEC companyfacts file: only the concepts of METRICS.md section 3,
 * plus the facts that could not be read (quarantined) or were out of scope (skipped).
 *
 * @param cik the SEC central index key, zero-padded to 10 digits ("0000320193")
 * @param entityName the registrant's name, null when the file has none
 */
public record CompanyFacts(String cik, String entityName, List<CompanyFact> facts, List<RejectedRow> rejected) {}
