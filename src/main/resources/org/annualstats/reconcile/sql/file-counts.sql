SELECT x.file_seq,
       SUM(CASE WHEN x.superseded THEN 1 ELSE 0 END) AS duplicates,
       SUM(CASE WHEN NOT x.superseded AND (x.{date} < :year_start OR x.{date} > :year_end) THEN 1 ELSE 0 END)
           AS out_of_period
FROM (SELECT s.file_seq, s.{date}, EXISTS ({later}) AS superseded
      FROM stage_{source} s
      WHERE s.run_id = :run_id) x
GROUP BY x.file_seq
