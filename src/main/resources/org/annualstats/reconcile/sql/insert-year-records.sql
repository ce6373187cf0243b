INSERT INTO {records} (stat_year, file_seq, row_no, {columns})
SELECT :year, w.file_seq, w.row_no, {columns}
FROM ({winners}) w
WHERE w.{date} >= :year_start AND w.{date} <= :year_end
