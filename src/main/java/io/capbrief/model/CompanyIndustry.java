package io.capbrief.model;

/**
 * A registrant's industry as SEC EDGAR files it, from its {@code submissions} file.
 *
 * @param cik zero-padded to 10 digits ("0000320193")
 * @param sic the four-digit Standard Industrial Classification code, e.g. "3571"
 * @param description SEC's name for it, e.g. "Electronic Computers"
 */
public record CompanyIndustry(String cik, String sic, String description) {}
