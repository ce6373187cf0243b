-- 证明事项告知承诺: each commitment of the year, marked whether its certificate is in the year's
-- certificate catalogue.
SELECT c.*,
       CASE WHEN i.code IS NULL THEN FALSE ELSE TRUE END AS in_catalogue
FROM commitment_record c
LEFT JOIN certificate_item i ON i.cat_year = c.stat_year AND i.code = c.certificate_code
WHERE c.stat_year = :year
