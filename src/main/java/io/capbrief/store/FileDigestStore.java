package io.capbrief.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The digests the plan took of the source files, each with the size and modification time it was taken at. */
@Repository
public class FileDigestStore {

    /**
     * One file's digest.
     *
     * @param modifiedNanos the file's modification time when it was hashed, in nanoseconds since the epoch
     * @param hashedAtMillis when it was hashed, in milliseconds since the epoch
     */
    public record Digest(String path, long size, long modifiedNanos, long hashedAtMillis, String sha256) {}

    private final JdbcTemplate jdbc;

    public FileDigestStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every digest by path: one read for a plan of thousands of files. */
    public Map<String, Digest> all() {
        Map<String, Digest> digests = new HashMap<>();
        jdbc.query("SELECT path, size, modified_ns, hashed_at, sha256 FROM file_digest", rs -> {
            digests.put(rs.getString(1), new Digest(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5)));
        });
        return digests;
    }

    /** Records new digests, replacing those of the same paths. */
    @Transactional
    public void remember(List<Digest> digests) {
        if (digests.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("DELETE FROM file_digest WHERE path = ?", digests, 1000, (ps, d) -> ps.setString(1, d.path()));
        jdbc.batchUpdate("INSERT INTO file_digest (path, size, modified_ns, hashed_at, sha256) VALUES (?, ?, ?, ?, ?)",
                digests, 1000, (ps, d) -> {
                    ps.setString(1, d.path());
                    ps.setLong(2, d.size());
                    ps.setLong(3, d.modifiedNanos());
                    ps.setLong(4, d.hashedAtMillis());
                    ps.setString(5, d.sha256());
                });
    }
}
