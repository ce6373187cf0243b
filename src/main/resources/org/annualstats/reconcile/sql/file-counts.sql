SELECT s.file_seq,
       SUM(CASE WHEN EXISTS ({later}) THEN 1 ELSE 0 END) AS duplicates,
       SUM(CASE WHEN NOT EXISTS ({later}) AND (s.{date} < :year_start OR s.{date} > :year_end) THEN 1 ELSE 0 END)
           AS out_of_period
FROM stage_{source} s
WHERE s.run_id = :run_id
GROUP BY s.file_seq
