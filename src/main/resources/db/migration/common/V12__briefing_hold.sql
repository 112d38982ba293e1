-- A version held back by the sanity limits (METRICS.md section 9): archived, not mailed until an operator releases it.
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
