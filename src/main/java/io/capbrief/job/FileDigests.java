package io.capbrief.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.capbrief.store.FileDigestStore;
import io.capbrief.store.FileDigestStore.Digest;

/**
 * The SHA-256 of source files, hashed only when a file's size or modification time differ from those its last digest
 * was taken at, as rsync and Git decide. A digest taken within {@value #RACY_MILLIS} ms of the file's modification is
 * not trusted (Git's "racily clean" entry): the file may have been written again in the same clock tick, its size
 * unchanged.
 */
final class FileDigests {

    static final long RACY_MILLIS = 2_000;

    private final FileDigestStore store;
    private final Clock clock;
    private final Map<String, Digest> known;
    private final List<Digest> taken = new ArrayList<>();

    /** Reads the known digests once, for one plan. */
    FileDigests(FileDigestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.known = store.all();
    }

    /** The files' digests, in their order; those that must be hashed are hashed on every core. */
    List<String> of(List<Path> files) {
        return files.stream().map(FileDigests::stat).toList().parallelStream().map(this::digest).toList();
    }

    /** Records the digests this plan had to take. */
    void save() {
        synchronized (taken) {
            store.remember(List.copyOf(taken));
            taken.clear();
        }
    }

    /** How many files this plan hashed, not yet saved. */
    int hashed() {
        synchronized (taken) {
            return taken.size();
        }
    }

    private String digest(Stat stat) {
        Digest last = known.get(stat.path());
        if (last != null && last.size() == stat.size() && last.modifiedNanos() == stat.modifiedNanos()
                && last.hashedAtMillis() - TimeUnit.NANOSECONDS.toMillis(stat.modifiedNanos()) > RACY_MILLIS) {
            return last.sha256();
        }
        long hashedAt = clock.millis();
        String sha = SourceLoadPlanner.sha256(Path.of(stat.path()));
        synchronized (taken) {
            taken.add(new Digest(stat.path(), stat.size(), stat.modifiedNanos(), hashedAt, sha));
        }
        return sha;
    }

    private record Stat(String path, long size, long modifiedNanos) {}

    private static Stat stat(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stat(file.toString(), attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
