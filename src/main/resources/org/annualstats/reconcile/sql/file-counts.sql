SELECT f.file_seq, SUM(f.duplicates) AS duplicates, SUM(f.out_of_period) AS out_of_period
FROM (SELECT d.file_seq, COUNT(*) AS duplicates, 0 AS out_of_period
      FROM {dup} d
      WHERE d.pos > 1
      GROUP BY d.file_seq
      UNION ALL
      SELECT w.file_seq, 0, COUNT(*)
      FROM {stage} w
      WHERE (w.{date} < :year_start OR w.{date} > :year_end)
        AND {is_winner}
      GROUP BY w.file_seq) f
GROUP BY f.file_seq
