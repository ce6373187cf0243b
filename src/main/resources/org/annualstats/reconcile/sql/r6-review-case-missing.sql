INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R6', 'warning', 'review', r.review_no,
       'review_case_missing|' || REPLACE(REPLACE(r.case_no, '\', '\\'), '|', '\|')
FROM review_record r
WHERE r.stat_year = :year
  AND r.case_no IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM case_record c WHERE c.case_no = r.case_no)
