package io.capbrief.extract.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Function;

import io.capbrief.extract.SourceFormat;
import io.capbrief.extract.SourceSpec;
import io.capbrief.extract.SourcesManifest;

/**
 * Turns a manifest's {@code url:} entries into downloads: one per entry, or one per constituent for a {@code {cik}} URL.
 * The constituents are those of the holdings files on disk when there are any (so the per-company downloads are planned
 * after the whole files, which may bring this week's holdings), else those of the store.
 */
final class FetchPlanner {

    /** The downloads, and the entries that could not be planned, with why. */
    record Plan(List<FetchRequest> requests, List<FetchOutcome> skipped) {}

    private final ConstituentCiks ciks;
    private final Function<String, String> environment;

    FetchPlanner(ConstituentCiks ciks, Function<String, String> environment) {
        this.ciks = ciks;
        this.environment = environment;
    }

    /** The downloads of the entries with a plain URL. */
    Plan planFiles(SourcesManifest manifest) {
        return plan(manifest, false);
    }

    /** The downloads of the {@code {cik}} entries, one per constituent. */
    Plan planPerCompany(SourcesManifest manifest) {
        return plan(manifest, true);
    }

    private Plan plan(SourcesManifest manifest, boolean perCompany) {
        List<FetchRequest> requests = new ArrayList<>();
        List<FetchOutcome> skipped = new ArrayList<>();
        Optional<SortedSet<String>> constituents = null;
        for (SourceSpec source : manifest.sources()) {
            if (source.url() == null || source.perCompany() != perCompany) {
                continue;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            List<String> unset = new ArrayList<>();
            source.headers().forEach((header, variable) -> {
                String value = environment.apply(variable);
                if (value == null || value.isBlank()) {
                    unset.add(variable);
                } else {
                    headers.put(header, value);
                }
            });
            if (!unset.isEmpty()) {
                skipped.add(new FetchOutcome(source.id(), null, null, FetchOutcome.Result.FAILED,
                        "the environment variable " + String.join(", ", unset) + " for its headers is not set"));
                continue;
            }
            SourceFormat format = SourceFormat.of(source.format());
            Path path = manifest.folder().resolve(source.path()).normalize();
            if (!source.perCompany()) {
                requests.add(new FetchRequest(source.id(), format, URI.create(source.url()), path, headers));
                continue;
            }
            if (constituents == null) {
                constituents = ManifestConstituents.latestOr(manifest, ciks);
            }
            if (constituents.isEmpty()) {
                skipped.add(new FetchOutcome(source.id(), null, null, FetchOutcome.Result.SKIPPED,
                        "neither the landing zone nor the store has holdings and a ticker map yet, so no constituents to fetch "
                                + source.url() + " for; add their entries (or files) to the manifest, then fetch again"));
                continue;
            }
            if (constituents.get().isEmpty()) {
                skipped.add(new FetchOutcome(source.id(), null, null, FetchOutcome.Result.SKIPPED,
                        "the ticker map knows no constituent's ticker, so no CIK to fetch " + source.url() + " for; "
                                + "load SEC's company_tickers.json (capbrief run), then fetch again"));
                continue;
            }
            for (String cik : constituents.get()) {
                String name = path.getFileName().toString().replace("*", cik);
                requests.add(new FetchRequest(source.id(), format, URI.create(source.url().replace(SourceSpec.CIK, cik)),
                        path.resolveSibling(name), headers, cik));
            }
        }
        return new Plan(requests, skipped);
    }
}
