-- Commitments whose application is in neither this year's nor last year's permit records.
SELECT 'commitment' AS source, c.commitment_no AS record_key, c.application_no
FROM commitment_record c
WHERE c.stat_year = :year
  AND c.application_no IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM permit_record p WHERE p.application_no = c.application_no AND p.stat_year = :year)
  AND NOT EXISTS (SELECT 1 FROM permit_record p WHERE p.application_no = c.application_no AND p.stat_year = :year - 1)
