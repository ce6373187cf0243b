UPDATE ingested_file
SET rows_duplicate = (SELECT COUNT(*) FROM ({ranked}) r
                      WHERE r.file_seq = ingested_file.file_seq AND r.pick > 1),
    rows_out_of_period = (SELECT COUNT(*) FROM ({ranked}) r
                          WHERE r.file_seq = ingested_file.file_seq AND r.pick = 1
                            AND (r.{date} < :year_start OR r.{date} > :year_end))
WHERE run_id = :run_id AND source = :source
