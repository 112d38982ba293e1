package io.capbrief.job;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import io.capbrief.extract.SourceFormatException;
import io.capbrief.extract.SourceSpec;
import io.capbrief.extract.SourcesManifest;
import io.capbrief.store.SourceLoad;
import io.capbrief.store.SourceLoadStore;

import org.springframework.stereotype.Component;

/**
 * Decides which files a run must load: a file whose content (SHA-256) is already committed for its
 * series is skipped; one staged by a crashed run is resumed; a stale staging of a changed file is discarded.
 */
@Component
public class SourceLoadPlanner {

    private final SourceLoadStore loads;

    public SourceLoadPlanner(SourceLoadStore loads) {
        this.loads = loads;
    }

    /** The ids of the staging loads to extract, in manifest order. */
    public List<Long> plan(SourcesManifest manifest) {
        List<Long> toLoad = new ArrayList<>();
        Set<SourceLoadStore.Content> committed = loads.committedContents();
        for (SourceSpec source : manifest.sources()) {
            List<Path> files = manifest.files(source);
            if (files.isEmpty()) {
                throw new SourceFormatException(manifest.file(), 0,
                        "source '" + source.id() + "': no file matches " + manifest.folder().resolve(source.path()));
            }
            // thousands of companyfacts files per source: hashed on every core
            List<String> shas = files.parallelStream().map(SourceLoadPlanner::sha256).toList();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String sha = shas.get(i);
                if (committed.contains(new SourceLoadStore.Content(source.target(), sha))) {
                    continue;
                }
                loads.staleStaging(file.toString(), source.target(), sha).forEach(stale -> loads.discard(stale.id()));
                toLoad.add(loads.find(source.target(), sha, SourceLoad.STAGING).map(SourceLoad::id)
                        .orElseGet(() -> loads.startStaging(source.id(), source.format(), source.target(), file.toString(), sha, source.asOf())));
            }
        }
        return toLoad;
    }

    static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
