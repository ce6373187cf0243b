SELECT 1 FROM stage_{source} t
WHERE t.run_id = s.run_id AND t.{key} = s.{key}
  AND (t.file_seq > s.file_seq OR (t.file_seq = s.file_seq AND t.row_no > s.row_no))
