SELECT source, file_seq, file_name, file_size, sha256, encoding, delimiter, sheet, header_row,
       rows_read, rows_accepted, rows_rejected, rows_duplicate, rows_out_of_period, unknown_columns
FROM ingested_file
WHERE run_id = :run_id
ORDER BY source, file_seq
