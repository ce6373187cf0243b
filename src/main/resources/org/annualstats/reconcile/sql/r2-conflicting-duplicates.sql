INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R2', 'warning', :source, d.record_key,
       'duplicate_conflicting|' || CAST(d.copies AS VARCHAR(20)) || '|' || CAST(d.versions AS VARCHAR(20))
FROM ({duplicated}) d
WHERE d.versions > 1
