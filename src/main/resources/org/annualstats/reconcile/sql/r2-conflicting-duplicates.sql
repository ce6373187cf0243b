INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R2', 'warning', :source, {key},
       '编号 ' || {key} || ' 出现 ' || CAST(COUNT(*) AS VARCHAR(20)) || ' 次，有 '
       || CAST(COUNT(DISTINCT fingerprint) AS VARCHAR(20)) || ' 个不同版本，采用文件名排序最后的文件中的记录'
FROM stage_{source}
WHERE run_id = :run_id
GROUP BY {key}
HAVING COUNT(DISTINCT fingerprint) > 1
