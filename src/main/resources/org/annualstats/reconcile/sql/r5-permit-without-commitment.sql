INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R5', 'warning', 'permit', p.application_no,
       'permit_without_commitment'
FROM permit_record p
WHERE p.stat_year = :year
  AND p.commitment_applied = TRUE
  AND NOT EXISTS (SELECT 1 FROM commitment_record c WHERE c.application_no = p.application_no)
