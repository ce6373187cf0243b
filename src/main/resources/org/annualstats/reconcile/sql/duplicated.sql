SELECT d.record_key, MAX(d.copies) AS copies, COUNT(DISTINCT ({columns})) AS versions
FROM {dup} d
JOIN {stage} s ON s.{key} = d.record_key AND s.file_seq = d.file_seq AND s.row_no = d.row_no
GROUP BY d.record_key
