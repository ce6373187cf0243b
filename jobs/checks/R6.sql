-- Reconsiderations whose original case is not among the case records of any loaded year.
SELECT 'review' AS source, r.review_no AS record_key, r.case_no
FROM review_record r
WHERE r.stat_year = :year
  AND r.case_no IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM case_record c WHERE c.case_no = r.case_no)
