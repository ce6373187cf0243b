INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, 'R9', 'warning', 'commitment', c.commitment_no,
       '告知承诺 ' || c.commitment_no || ' 的证明事项编码 ' || c.certificate_code || ' 不在 '
       || CAST(:year AS VARCHAR(4)) || ' 年证明事项目录中'
FROM commitment_record c
WHERE c.stat_year = :year
  AND NOT EXISTS (SELECT 1 FROM certificate_item i WHERE i.cat_year = :year AND i.code = c.certificate_code)
