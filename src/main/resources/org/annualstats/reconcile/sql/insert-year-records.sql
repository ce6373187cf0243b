INSERT INTO {records} (stat_year, file_seq, row_no, {columns})
SELECT :year, w.file_seq, w.row_no, {columns}
FROM {stage} w
WHERE {is_winner}
  AND w.{date} >= :year_start AND w.{date} <= :year_end
