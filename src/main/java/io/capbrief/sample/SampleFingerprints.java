package io.capbrief.sample;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises the bundled sample by content, not by a name or a comment: every sample landing zone,
 * whatever its size, carries the same bytes of index levels and rates, so a source whose SHA-256 is
 * one of theirs came from the sample wherever it was copied to and whatever manifest read it. No
 * publisher's download hashes to a synthetic file.
 */
public final class SampleFingerprints {

    private SampleFingerprints() {}

    /** The SHA-256 (lower-case hex) of the sample's market files. */
    public static Set<String> marketFiles() {
        return Holder.MARKET;
    }

    /** Whether any of these SHA-256s is one of a sample's files. */
    public static boolean anyOf(Collection<String> sha256s) {
        return sha256s.stream().anyMatch(Holder.MARKET::contains);
    }

    /** Computed once, on first use: generating the market paths takes a fraction of a second. */
    private static final class Holder {
        static final Set<String> MARKET = SampleLandingZone.marketFiles().values().stream()
                .map(SampleFingerprints::sha256).collect(Collectors.toUnmodifiableSet());
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
