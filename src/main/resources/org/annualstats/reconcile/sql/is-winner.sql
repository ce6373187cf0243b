NOT EXISTS (SELECT 1 FROM {dup} d WHERE d.file_seq = w.file_seq AND d.row_no = w.row_no AND d.pos > 1)
