SELECT check_id, severity, source, record_key, message
FROM finding
WHERE run_id = :run_id AND severity = 'error'
ORDER BY CAST(SUBSTRING(check_id, 2) AS INTEGER), source, record_key
FETCH FIRST 3 ROWS ONLY
