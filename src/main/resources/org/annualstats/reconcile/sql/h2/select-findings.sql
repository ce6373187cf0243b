-- H2 compares text by UTF-16 code units, which is code point order for Chinese and ASCII alike
SELECT check_id, severity, source, record_key, message
FROM finding
WHERE run_id = :run_id
ORDER BY CAST(SUBSTRING(check_id, 2) AS INTEGER), source, record_key, message
