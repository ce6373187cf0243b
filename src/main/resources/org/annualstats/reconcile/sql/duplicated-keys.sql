SELECT s.{key} AS record_key, COUNT(*) AS copies, COUNT(DISTINCT s.fingerprint) AS versions
FROM stage_{source} s
WHERE s.run_id = :run_id
  AND s.{key} IN (SELECT d.{key} FROM stage_{source} d
                  WHERE d.run_id = :run_id
                    AND EXISTS (SELECT 1 FROM stage_{source} t
                                WHERE t.run_id = d.run_id AND t.{key} = d.{key}
                                  AND (t.file_seq > d.file_seq OR (t.file_seq = d.file_seq AND t.row_no > d.row_no))))
GROUP BY s.{key}
