INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R4', 'warning', 'commitment', c.commitment_no,
       'commitment_without_permit|' || REPLACE(REPLACE(c.application_no, '\', '\\'), '|', '\|')
FROM commitment_record c
WHERE c.stat_year = :year
  AND c.application_no IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM permit_record p WHERE p.application_no = c.application_no AND p.stat_year = :year)
  AND NOT EXISTS (SELECT 1 FROM permit_record p WHERE p.application_no = c.application_no AND p.stat_year = :year - 1)
