INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R7', 'warning', 'case', c.case_no,
       'case_review_missing|' || REPLACE(REPLACE(c.review_no, '\', '\\'), '|', '\|')
FROM case_record c
WHERE c.stat_year = :year
  AND c.review_no IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM review_record r WHERE r.review_no = c.review_no)
