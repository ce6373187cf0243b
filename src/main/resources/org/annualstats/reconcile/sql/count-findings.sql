SELECT check_id, COUNT(*) AS findings
FROM finding
WHERE run_id = :run_id
GROUP BY check_id
ORDER BY CAST(SUBSTRING(check_id, 2) AS INTEGER)
