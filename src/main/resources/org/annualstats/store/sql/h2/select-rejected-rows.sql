-- H2 compares text by UTF-16 code units, which is code point order for Chinese and ASCII alike
SELECT source, file_name, sheet, row_no, field, raw_value, reason, record_key, source_column, cell_text
FROM rejected_row
WHERE run_id = :run_id
ORDER BY source, file_name, row_no
