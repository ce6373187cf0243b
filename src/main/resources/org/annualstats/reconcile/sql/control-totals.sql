SELECT source, file_name, row_no, field, declared, computed, file_had_rejects
FROM control_total
WHERE run_id = :run_id
ORDER BY source, file_name, row_no, field
