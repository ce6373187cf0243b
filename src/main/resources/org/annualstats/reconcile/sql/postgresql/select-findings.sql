-- COLLATE "C": byte order of UTF-8, which is code point order, so the report is the same bytes as
-- on H2 whatever the database's locale
SELECT check_id, severity, source, record_key, message
FROM finding
WHERE run_id = :run_id
ORDER BY CAST(SUBSTRING(check_id, 2) AS INTEGER), source COLLATE "C", record_key COLLATE "C", message COLLATE "C"
