CREATE INDEX {dup}_ix ON {dup} (file_seq, row_no)
