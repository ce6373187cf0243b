SELECT s.*, ROW_NUMBER() OVER (PARTITION BY {key} ORDER BY file_seq DESC, row_no DESC) AS pick
FROM stage_{source} s
WHERE run_id = :run_id
