SELECT DISTINCT source FROM ingested_file WHERE run_id = :run_id
