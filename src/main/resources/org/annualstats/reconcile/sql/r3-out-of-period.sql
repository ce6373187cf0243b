INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R3', 'warning', :source, w.{key},
       'out_of_period|{date}|' || CAST(w.{date} AS VARCHAR(10)) || '|' || CAST(:year AS VARCHAR(4))
FROM {stage} w
WHERE (w.{date} < :year_start OR w.{date} > :year_end)
  AND {is_winner}
