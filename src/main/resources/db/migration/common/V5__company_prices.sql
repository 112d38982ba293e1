-- Company closes from a date,ticker,close file: the company price source METRICS.md section 4 prefers.
CREATE TABLE company_price (
    load_id   BIGINT           NOT NULL REFERENCES source_load (id),
    line_no   INTEGER          NOT NULL,
    ticker    VARCHAR(32)      NOT NULL,
    price_date DATE            NOT NULL,
    close     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (load_id, line_no)
);
CREATE INDEX company_price_by_date ON company_price (price_date, ticker);

-- The planner looks up each file's earlier loads by path: without this, planning thousands of
-- files (one SEC companyfacts file per company) is quadratic.
CREATE INDEX source_load_by_file ON source_load (file_path, target, state);
