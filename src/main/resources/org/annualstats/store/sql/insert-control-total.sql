INSERT INTO control_total (run_id, source, file_name, row_no, field, declared, computed, file_had_rejects)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
