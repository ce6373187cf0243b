INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R2', 'warning', :source, d.record_key,
       '编号 ' || d.record_key || ' 出现 ' || CAST(d.copies AS VARCHAR(20)) || ' 次，有 '
       || CAST(d.versions AS VARCHAR(20)) || ' 个不同版本，采用文件名排序最后的文件中的记录'
FROM ({duplicated}) d
WHERE d.versions > 1
