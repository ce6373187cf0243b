-- Cases whose reconsideration is not among the reconsideration records of any loaded year.
SELECT 'case' AS source, c.case_no AS record_key, c.review_no
FROM case_record c
WHERE c.stat_year = :year
  AND c.review_no IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM review_record r WHERE r.review_no = c.review_no)
