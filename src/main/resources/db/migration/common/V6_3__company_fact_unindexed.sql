-- Facts are only ever read all at once, in one scan of the table, and cut by filing date in memory
-- (CompanyFactStore): nothing reads them by company or by filing date, so neither index had a
-- reader, and each was upkeep on every one of the hundreds of thousands of facts inserted.
DROP INDEX company_fact_by_cik;
DROP INDEX company_fact_by_filed;
