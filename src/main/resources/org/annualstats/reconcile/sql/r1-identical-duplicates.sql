INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R1', 'info', :source, {key},
       '编号 ' || {key} || ' 出现 ' || CAST(COUNT(*) AS VARCHAR(20)) || ' 次，内容一致，按一条记录计'
FROM stage_{source}
WHERE run_id = :run_id
GROUP BY {key}
HAVING COUNT(*) > 1 AND COUNT(DISTINCT fingerprint) = 1
