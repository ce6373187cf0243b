INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R4', 'warning', 'commitment', c.commitment_no,
       '告知承诺 ' || c.commitment_no || ' 关联的办件 ' || c.application_no || ' 在本年及上年的审批记录中不存在'
FROM commitment_record c
WHERE c.stat_year = :year
  AND c.application_no IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM permit_record p WHERE p.application_no = c.application_no AND p.stat_year = :year)
  AND NOT EXISTS (SELECT 1 FROM permit_record p WHERE p.application_no = c.application_no AND p.stat_year = :year - 1)
