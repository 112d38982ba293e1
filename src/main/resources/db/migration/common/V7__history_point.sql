-- History points (METRICS.md section 8): the figures a briefing for each month-end week would have
-- computed, kept apart from week_figure because they are never issued, mailed or versioned.
CREATE TABLE history_point (
    point        DATE          NOT NULL PRIMARY KEY,
    -- the point saw every load committed before this; a later load with rows dated on or before
    -- the point makes it stale
    computed_at  TIMESTAMP     NOT NULL
);

CREATE TABLE history_figure (
    point  DATE             NOT NULL REFERENCES history_point (point) ON DELETE CASCADE,
    name   VARCHAR(200)     NOT NULL,
    val    DOUBLE PRECISION,
    PRIMARY KEY (point, name)
);

-- The earliest date a load's rows are known from (a filing's filed date, an estimate's as-of, an
-- observation's day, a holdings file's date), set when it commits: which history points it can change.
ALTER TABLE source_load ADD COLUMN known_from DATE;
