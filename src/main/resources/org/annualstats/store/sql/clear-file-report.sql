DELETE FROM control_total WHERE run_id = ? AND source = ? AND file_name = ?;
DELETE FROM ingested_file WHERE run_id = ? AND source = ? AND file_name = ?
