-- COLLATE "C": byte order of UTF-8, which is code point order, so the report is the same bytes as
-- on H2 whatever the database's locale
SELECT source, file_name, sheet, row_no, field, raw_value, reason, record_key, source_column, cell_text
FROM rejected_row
WHERE run_id = :run_id
ORDER BY source COLLATE "C", file_name COLLATE "C", row_no
