-- The staged rows become the year's records: duplicates and rows outside the year are deleted,
-- the old partition dropped and the staging table attached in its place. Its CHECK on the year
-- spares the attach a scan; the indexes are built, and the checks of the records that follow in
-- the same transaction join millions of rows, with memory for their sorts and hashes.
DELETE FROM {stage} s USING {dup} d WHERE d.file_seq = s.file_seq AND d.row_no = s.row_no AND d.pos > 1;
DELETE FROM {stage} WHERE {date} < :year_start OR {date} > :year_end;
SET LOCAL maintenance_work_mem = '256MB';
SET LOCAL work_mem = '256MB';
DROP TABLE IF EXISTS {partition};
ALTER TABLE {stage} RENAME TO {partition};
ALTER TABLE {source}_record ATTACH PARTITION {partition} FOR VALUES IN ({year})
