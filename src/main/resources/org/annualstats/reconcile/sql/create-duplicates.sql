{create_table} {dup} AS
SELECT x.record_key, x.file_seq, x.row_no, x.copies, x.pos
FROM (SELECT s.{key} AS record_key, s.file_seq, s.row_no,
             COUNT(*) OVER (PARTITION BY s.{key}) AS copies,
             ROW_NUMBER() OVER (PARTITION BY s.{key} ORDER BY s.file_seq DESC, s.row_no DESC) AS pos
      FROM {stage} s) x
WHERE x.copies > 1
