-- Issue 3: holdings, company facts and estimates, each row tied to the load that brought it, so
-- a file's rows become visible together (its load COMMITTED) and every version is kept.

-- The date a file speaks for when it is not in its rows: a holdings file's "as of", or the
-- manifest's asOf for a vendor fundamentals file.
ALTER TABLE source_load ADD COLUMN as_of DATE;

-- Index membership by holdings date: the equity rows of a holdings file.
CREATE TABLE holding (
    load_id   BIGINT           NOT NULL REFERENCES source_load (id),
    line_no   INTEGER          NOT NULL,
    ticker    VARCHAR(32),
    name      VARCHAR(300),
    sector    VARCHAR(100),
    weight    DOUBLE PRECISION NOT NULL,
    price     DOUBLE PRECISION,
    shares    DOUBLE PRECISION,
    currency  VARCHAR(10),
    PRIMARY KEY (load_id, line_no)
);
CREATE INDEX holding_by_ticker ON holding (ticker);

-- XBRL facts as filed. A restatement is another row with a later filed date, never an update.
CREATE TABLE company_fact (
    load_id   BIGINT           NOT NULL REFERENCES source_load (id),
    seq       INTEGER          NOT NULL,
    cik       CHAR(10)         NOT NULL,
    taxonomy  VARCHAR(20)      NOT NULL,
    concept   VARCHAR(200)     NOT NULL,
    unit      VARCHAR(20)      NOT NULL,
    start_date DATE,
    end_date  DATE             NOT NULL,
    val       DOUBLE PRECISION NOT NULL,
    fy        INTEGER,
    fp        VARCHAR(4),
    form      VARCHAR(20),
    filed     DATE             NOT NULL,
    PRIMARY KEY (load_id, seq)
);
CREATE INDEX company_fact_by_cik ON company_fact (cik, filed);

-- The company master: ticker, CIK, name and sector, from tickers maps, holdings and vendor files.
CREATE TABLE company_ticker (
    load_id   BIGINT        NOT NULL REFERENCES source_load (id),
    seq       INTEGER       NOT NULL,
    ticker    VARCHAR(32)   NOT NULL,
    cik       CHAR(10)      NOT NULL,
    title     VARCHAR(300),
    PRIMARY KEY (load_id, seq)
);

-- Vendor fundamentals (the constituents-financials shape), dated by their load's as_of.
CREATE TABLE vendor_fundamental (
    load_id     BIGINT           NOT NULL REFERENCES source_load (id),
    line_no     INTEGER          NOT NULL,
    ticker      VARCHAR(32)      NOT NULL,
    name        VARCHAR(300),
    sector      VARCHAR(200),
    price       DOUBLE PRECISION,
    trailing_pe DOUBLE PRECISION,
    eps         DOUBLE PRECISION,
    market_cap  DOUBLE PRECISION,
    ebitda      DOUBLE PRECISION,
    PRIMARY KEY (load_id, line_no)
);

-- Consensus estimates by as-of date.
CREATE TABLE estimate (
    load_id          BIGINT           NOT NULL REFERENCES source_load (id),
    line_no          INTEGER          NOT NULL,
    ticker           VARCHAR(32)      NOT NULL,
    as_of            DATE             NOT NULL,
    fiscal_year_end  DATE,
    fy1_eps          DOUBLE PRECISION,
    fy2_eps          DOUBLE PRECISION,
    ntm_eps          DOUBLE PRECISION,
    analysts         INTEGER,
    PRIMARY KEY (load_id, line_no)
);
CREATE INDEX estimate_by_ticker ON estimate (ticker, as_of);

-- Quarterly consensus EPS from an earnings calendar, known from the file's load on.
CREATE TABLE quarterly_estimate (
    load_id             BIGINT           NOT NULL REFERENCES source_load (id),
    line_no             INTEGER          NOT NULL,
    ticker              VARCHAR(32)      NOT NULL,
    report_date         DATE,
    fiscal_date_ending  DATE,
    estimate            DOUBLE PRECISION,
    currency            VARCHAR(10),
    PRIMARY KEY (load_id, line_no)
);

-- Every row a reader did not keep: quarantined (could not be read) or skipped (out of scope),
-- with where it was and why. Nothing is dropped without a record here.
CREATE TABLE rejected_row (
    load_id      BIGINT         NOT NULL REFERENCES source_load (id),
    seq          INTEGER        NOT NULL,
    file_path    VARCHAR(2000)  NOT NULL,
    line_no      BIGINT         NOT NULL,
    field        VARCHAR(200),
    val          VARCHAR(500),
    reason       VARCHAR(1000)  NOT NULL,
    quarantined  BOOLEAN        NOT NULL,
    PRIMARY KEY (load_id, seq)
);

-- How many items of a load the extract has written: a restarted extract resumes after them.
ALTER TABLE source_load ADD COLUMN items_written INTEGER DEFAULT 0 NOT NULL;
