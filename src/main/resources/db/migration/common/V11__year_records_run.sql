-- The run whose staged rows became a year's records: with a record's file_seq it names the file
-- (and sheet) the record was read from, and row_no the row, so that every figure can be traced.
CREATE TABLE year_records (
    stat_year INTEGER NOT NULL PRIMARY KEY,
    run_id VARCHAR(40) NOT NULL
);
-- Records stored before this table are, as a rule, those of their year's latest completed run
-- (run ids start with the year and the start time).
INSERT INTO year_records (stat_year, run_id)
SELECT stat_year, MAX(run_id) FROM stats_run WHERE status = 'COMPLETED' GROUP BY stat_year;
