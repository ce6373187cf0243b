INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R3', 'warning', :source, w.{key},
       '编号 ' || w.{key} || ' 的 {date} 为 ' || CAST(w.{date} AS VARCHAR(10)) || '，不在 '
       || CAST(:year AS VARCHAR(4)) || ' 年度内，未计入本年数字'
FROM ({winners}) w
WHERE w.{date} < :year_start OR w.{date} > :year_end
