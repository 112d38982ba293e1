package io.capbrief.job;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.capbrief.extract.SourceFormatException;
import io.capbrief.extract.SourceSpec;
import io.capbrief.extract.SourcesManifest;
import io.capbrief.store.FileDigestStore;
import io.capbrief.store.SourceLoad;
import io.capbrief.store.SourceLoadStore;

import org.springframework.stereotype.Component;

/**
 * Decides which files a run must load: a file whose content (SHA-256) is already committed for its
 * series is skipped; one staged by a crashed run is resumed; a stale staging of a changed file is discarded.
 * A file is hashed only when its size or modification time changed since its last digest ({@link FileDigests}).
 */
@Component
public class SourceLoadPlanner {

    private final SourceLoadStore loads;
    private final FileDigestStore digests;
    private final Clock clock;

    public SourceLoadPlanner(SourceLoadStore loads, FileDigestStore digests, Clock clock) {
        this.loads = loads;
        this.digests = digests;
        this.clock = clock;
    }

    /** The ids of the staging loads to extract, in manifest order; a content listed twice for a target loads once. */
    public List<Long> plan(SourcesManifest manifest) {
        Set<Long> toLoad = new LinkedHashSet<>();
        Set<SourceLoadStore.Content> committed = loads.committedContents();
        // usually empty: what a crashed run left behind
        List<SourceLoad> staging = new ArrayList<>(loads.staging());
        Map<SourceLoadStore.Content, Long> started = new HashMap<>();
        FileDigests fileDigests = new FileDigests(digests, clock);
        for (SourceSpec source : manifest.sources()) {
            List<Path> files = manifest.files(source);
            if (files.isEmpty()) {
                throw new SourceFormatException(manifest.file(), 0,
                        "source '" + source.id() + "': no file matches " + manifest.folder().resolve(source.path()));
            }
            List<String> shas = fileDigests.of(files);
            for (int i = 0; i < files.size(); i++) {
                String file = files.get(i).toString();
                String sha = shas.get(i);
                SourceLoadStore.Content content = new SourceLoadStore.Content(source.target(), sha);
                if (committed.contains(content)) {
                    continue;
                }
                // a crashed run's staging of this file: resumed if the file is unchanged, discarded if it changed
                staging.removeIf(stale -> {
                    boolean changed = stale.filePath().equals(file) && stale.target().equals(source.target())
                            && !stale.sha256().equals(sha);
                    if (changed) {
                        loads.discard(stale.id());
                    }
                    return changed;
                });
                Optional<SourceLoad> resumed = staging.stream()
                        .filter(l -> l.target().equals(source.target()) && l.sha256().equals(sha))
                        .reduce((first, later) -> later);
                toLoad.add(resumed.map(SourceLoad::id).orElseGet(() -> started.computeIfAbsent(content,
                        c -> loads.startStaging(source.id(), source.format(), source.target(), file, sha, source.asOf()))));
            }
        }
        fileDigests.save();
        return List.copyOf(toLoad);
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
