-- Commitments whose certificate code is not in the year's certificate catalogue.
SELECT 'commitment' AS source, c.commitment_no AS record_key, c.certificate_code, c.stat_year
FROM commitment_record c
WHERE c.stat_year = :year
  AND NOT EXISTS (SELECT 1 FROM certificate_item i WHERE i.cat_year = :year AND i.code = c.certificate_code)
