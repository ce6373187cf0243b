INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R1', 'info', :source, d.record_key,
       '编号 ' || d.record_key || ' 出现 ' || CAST(d.copies AS VARCHAR(20)) || ' 次，内容一致，按一条记录计'
FROM ({duplicated}) d
WHERE d.versions = 1
