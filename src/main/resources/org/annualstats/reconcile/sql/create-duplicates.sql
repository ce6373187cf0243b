{create_table} {dup} AS
SELECT x.record_key, x.file_seq, x.row_no, x.copies,
       ROW_NUMBER() OVER (PARTITION BY x.record_key ORDER BY x.file_seq DESC, x.row_no DESC) AS pos
FROM (SELECT s.{key} AS record_key, s.file_seq, s.row_no, k.copies
      FROM (SELECT g.{key} AS record_key, COUNT(*) AS copies
            FROM {stage} g
            GROUP BY g.{key}
            HAVING COUNT(*) > 1) k
      JOIN {stage} s ON s.{key} = k.record_key) x
