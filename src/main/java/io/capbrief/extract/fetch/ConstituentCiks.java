package io.capbrief.extract.fetch;

import java.util.Optional;
import java.util.SortedSet;

/** The companies a per-company URL is fetched for: the CIKs of the equity constituents of the latest holdings files. */
public interface ConstituentCiks {

    /**
     * The CIKs, 10 digits zero padded, of the constituents whose ticker the ticker map knows; empty when the store
     * has no holdings file yet.
     */
    Optional<SortedSet<String>> latest();
}
