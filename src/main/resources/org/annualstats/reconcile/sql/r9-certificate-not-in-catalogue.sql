INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R9', 'warning', 'commitment', c.commitment_no,
       'certificate_not_in_catalogue|' || REPLACE(REPLACE(c.certificate_code, '\', '\\'), '|', '\|') || '|'
       || CAST(:year AS VARCHAR(4))
FROM commitment_record c
WHERE c.stat_year = :year
  AND NOT EXISTS (SELECT 1 FROM certificate_item i WHERE i.cat_year = :year AND i.code = c.certificate_code)
