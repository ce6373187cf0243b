-- Per-file provenance also counts the rows merged into another row (duplicates) and the rows
-- whose record fell outside the year (out of period).
ALTER TABLE ingested_file ADD COLUMN rows_duplicate BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE ingested_file ADD COLUMN rows_out_of_period BIGINT DEFAULT 0 NOT NULL;
