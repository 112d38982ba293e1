package io.capbrief.job;

import java.nio.file.Path;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Supplier;

import io.capbrief.extract.SourcesManifest;
import io.capbrief.extract.fetch.ConstituentCiks;
import io.capbrief.extract.fetch.ManifestConstituents;

/**
 * The CIKs of the index constituents a run's bulk files are read for: those of the manifest's own latest holdings
 * files, which this run loads, else those of the store. Worked out once, on first use.
 */
final class RunConstituents implements Supplier<Set<String>> {

    private final Path manifest;
    private final ConstituentCiks store;
    private SortedSet<String> ciks;

    RunConstituents(Path manifest, ConstituentCiks store) {
        this.manifest = manifest;
        this.store = store;
    }

    @Override
    public synchronized Set<String> get() {
        if (ciks == null) {
            ciks = ManifestConstituents.latestOr(SourcesManifest.read(manifest), store)
                    .orElseThrow(() -> new IllegalStateException("SEC's bulk companyfacts are read for the index constituents "
                            + "only, and neither " + manifest + " (its holdings files and ticker map) nor the store names any: "
                            + "add the holdings and sec-company-tickers-json entries"));
        }
        return ciks;
    }
}
