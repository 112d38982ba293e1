-- Issue 15 (lineage): the accession number of the filing each fact came from, so that every company
-- figure can be traced to its filing on EDGAR. Facts stored before this column stay NULL until their
-- companyfacts file is loaded again.
ALTER TABLE company_fact ADD COLUMN accn VARCHAR(25);
