UPDATE ingested_file SET rows_duplicate = :duplicates, rows_out_of_period = :out_of_period
WHERE run_id = :run_id AND source = :source AND file_seq = :file_seq
