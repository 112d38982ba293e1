-- A version held back by the sanity limits (METRICS.md section 9): archived, not mailed until an operator releases it.
-- V12 rather than V11, which a change made beside this one (the lineage's accession numbers) may take.
CREATE TABLE briefing_hold (
    week         DATE           NOT NULL,
    version      INTEGER        NOT NULL,
    -- the limits it tripped, one a line
    reasons      VARCHAR(4000)  NOT NULL,
    held_at      TIMESTAMP      NOT NULL,
    -- when the operators' alert went out; null until it has
    alerted_at   TIMESTAMP,
    released_by  VARCHAR(200),
    released_at  TIMESTAMP,
    PRIMARY KEY (week, version),
    FOREIGN KEY (week, version) REFERENCES briefing_version (week, version)
);
