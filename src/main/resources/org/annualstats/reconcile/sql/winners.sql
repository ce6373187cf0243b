SELECT s.* FROM {stage} s
WHERE NOT EXISTS (SELECT 1 FROM {dup} d WHERE d.file_seq = s.file_seq AND d.row_no = s.row_no AND d.pos > 1)
