DELETE FROM rejected_row WHERE run_id = ? AND source = ?;
DELETE FROM control_total WHERE run_id = ? AND source = ?;
DELETE FROM ingested_file WHERE run_id = ? AND source = ?
