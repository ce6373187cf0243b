INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R6', 'warning', 'review', r.review_no,
       '复议 ' || r.review_no || ' 关联的原行政行为案件 ' || r.case_no || ' 在案件记录中不存在'
FROM review_record r
WHERE r.stat_year = :year
  AND r.case_no IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM case_record c WHERE c.case_no = r.case_no)
