-- Permits flagged as notification-commitment cases that no commitment record (of any year) refers to.
SELECT 'permit' AS source, p.application_no AS record_key
FROM permit_record p
WHERE p.stat_year = :year
  AND p.commitment_applied = TRUE
  AND NOT EXISTS (SELECT 1 FROM commitment_record c WHERE c.application_no = p.application_no)
