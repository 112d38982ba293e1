-- The SHA-256 of each source file as of its size and modification time: a plan hashes only the files that changed
-- since (as rsync and Git do), not the whole landing zone on every run.
CREATE TABLE file_digest (
    path         VARCHAR(2000)  NOT NULL PRIMARY KEY,
    size         BIGINT         NOT NULL,
    -- the file's modification time, in nanoseconds since the epoch, and when its digest was taken, in milliseconds
    modified_ns  BIGINT         NOT NULL,
    hashed_at    BIGINT         NOT NULL,
    sha256       CHAR(64)       NOT NULL
);
