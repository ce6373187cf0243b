INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R1', 'info', :source, d.record_key,
       'duplicate_identical|' || CAST(d.copies AS VARCHAR(20))
FROM ({duplicated}) d
WHERE d.versions = 1
