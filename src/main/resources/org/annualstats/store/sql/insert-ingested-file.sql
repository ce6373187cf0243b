INSERT INTO ingested_file (run_id, source, file_seq, file_name, file_size, sha256, encoding, delimiter, sheet,
    header_row, rows_read, rows_accepted, rows_rejected, unknown_columns)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
