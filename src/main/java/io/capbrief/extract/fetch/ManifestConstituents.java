package io.capbrief.extract.fetch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import io.capbrief.extract.SourceFormat;
import io.capbrief.extract.SourceFormatException;
import io.capbrief.extract.SourceSpec;
import io.capbrief.extract.SourcesManifest;
import io.capbrief.model.HoldingRow;
import io.capbrief.model.TickerCik;

/**
 * The CIKs of the constituents in a manifest's own files: each holdings entry's latest file (dated names sort by
 * date), through the ticker map file. A first fetch knows them before anything is loaded, and a bulk companyfacts zip
 * is read for them alone.
 */
public final class ManifestConstituents {

    private ManifestConstituents() {
    }

    /** The manifest's constituents, else the store's: empty when neither knows any holdings. */
    public static Optional<SortedSet<String>> latestOr(SourcesManifest manifest, ConstituentCiks store) {
        return latest(manifest).or(store::latest);
    }

    /** Empty when the manifest has no holdings file or no ticker map on disk, or one of them does not read. */
    public static Optional<SortedSet<String>> latest(SourcesManifest manifest) {
        Path tickerMap = null;
        List<Path> holdings = new ArrayList<>();
        List<SourceFormat> holdingsFormats = new ArrayList<>();
        for (SourceSpec source : manifest.sources()) {
            SourceFormat format = SourceFormat.of(source.format());
            Optional<Path> latest = manifest.files(source).stream().max(Path::compareTo);
            if (latest.isEmpty()) {
                continue;
            }
            switch (format) {
                case SEC_COMPANY_TICKERS_JSON -> tickerMap = latest.get();
                case ISHARES_HOLDINGS_CSV, SPDR_HOLDINGS_XLSX -> {
                    holdings.add(latest.get());
                    holdingsFormats.add(format);
                }
                default -> { }
            }
        }
        if (tickerMap == null || holdings.isEmpty()) {
            return Optional.empty();
        }
        try {
            Map<String, String> cikByTicker = new HashMap<>();
            for (Object row : SourceFormat.SEC_COMPANY_TICKERS_JSON.read(tickerMap, null, null).records()) {
                TickerCik ticker = (TickerCik) row;
                cikByTicker.put(ticker.ticker(), ticker.cik());
            }
            SortedSet<String> ciks = new TreeSet<>();
            for (int i = 0; i < holdings.size(); i++) {
                for (Object row : holdingsFormats.get(i).read(holdings.get(i), null, null).records()) {
                    String cik = cikByTicker.get(((HoldingRow) row).ticker());
                    if (cik != null) {
                        ciks.add(cik);
                    }
                }
            }
            return Optional.of(ciks);
        } catch (SourceFormatException e) {
            // the load names the bad file; until then the store's constituents serve
            return Optional.empty();
        }
    }
}
