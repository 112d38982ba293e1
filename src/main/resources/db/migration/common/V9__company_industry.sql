-- A registrant's SIC code from its SEC submissions file: the sector of a holdings row that names
-- none (the SPDR workbook writes "-" on every row) comes from it.
CREATE TABLE company_industry (
    load_id      BIGINT        NOT NULL REFERENCES source_load (id),
    seq          INTEGER       NOT NULL,
    cik          CHAR(10)      NOT NULL,
    sic          CHAR(4)       NOT NULL,
    description  VARCHAR(300),
    PRIMARY KEY (load_id, seq)
);
