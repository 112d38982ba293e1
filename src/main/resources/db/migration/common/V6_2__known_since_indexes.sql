-- A backfill asks week after week for what was filed (facts) or dated (estimates) since the
-- week before: a range on the date alone, which the by-company indexes cannot serve.
CREATE INDEX company_fact_by_filed ON company_fact (filed);
CREATE INDEX estimate_by_as_of ON estimate (as_of);
