-- The embedded store groups the keys along an index of them, in constant memory.
CREATE INDEX IF NOT EXISTS {stage}_key_ix ON {stage} ({key});
CREATE TABLE {dup} AS
SELECT x.record_key, x.file_seq, x.row_no, x.copies,
       ROW_NUMBER() OVER (PARTITION BY x.record_key ORDER BY x.file_seq DESC, x.row_no DESC) AS pos
FROM (SELECT s.{key} AS record_key, s.file_seq, s.row_no, k.copies
      FROM (SELECT g.{key} AS record_key, COUNT(*) AS copies
            FROM {stage} g
            GROUP BY g.{key}
            HAVING COUNT(*) > 1) k
      JOIN {stage} s ON s.{key} = k.record_key) x
