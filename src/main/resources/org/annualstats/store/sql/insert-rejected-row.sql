INSERT INTO rejected_row (run_id, source, file_name, sheet, row_no, field, raw_value, reason, record_key,
    source_column, cell_text)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
