-- 劳动保障监察: wage-arrears cases filed and resolved without filing, published violations, transfers.
SELECT CAST('inspection.filed.cases' AS VARCHAR(100)) AS metric_id, CAST('' AS VARCHAR(40)) AS dimension,
       CAST('' AS VARCHAR(200)) AS member, CAST(COUNT(*) AS DECIMAL(24,6)) AS num_value
FROM case_record WHERE stat_year = :year AND category = 'WAGE_FILED'
UNION ALL
SELECT 'inspection.filed.workers', '', '', COALESCE(SUM(workers), 0)
FROM case_record WHERE stat_year = :year AND category = 'WAGE_FILED'
UNION ALL
SELECT 'inspection.filed.recovered_yuan', '', '', COALESCE(SUM(amount_recovered), 0)
FROM case_record WHERE stat_year = :year AND category = 'WAGE_FILED'
UNION ALL
SELECT 'inspection.resolved.cases', '', '', COUNT(*)
FROM case_record WHERE stat_year = :year AND category = 'WAGE_RESOLVED'
UNION ALL
SELECT 'inspection.resolved.migrant_workers', '', '', COALESCE(SUM(migrant_workers), 0)
FROM case_record WHERE stat_year = :year AND category = 'WAGE_RESOLVED'
UNION ALL
SELECT 'inspection.resolved.recovered_yuan', '', '', COALESCE(SUM(amount_recovered), 0)
FROM case_record WHERE stat_year = :year AND category = 'WAGE_RESOLVED'
UNION ALL
SELECT 'inspection.published_major_violations', '', '', COUNT(*)
FROM case_record WHERE stat_year = :year AND published_major_violation = TRUE
UNION ALL
SELECT 'inspection.transferred_to_police', '', '', COUNT(*)
FROM case_record WHERE stat_year = :year AND transferred_to_police = TRUE
UNION ALL
SELECT 'inspection.filed.cases.by_month', 'month', m.member, COUNT(c.case_no)
FROM month_of_year m
LEFT JOIN case_record c ON c.stat_year = :year AND c.category = 'WAGE_FILED'
    AND EXTRACT(MONTH FROM c.opened_on) = m.month_no
GROUP BY m.member
UNION ALL
SELECT 'inspection.resolved.cases.by_month', 'month', m.member, COUNT(c.case_no)
FROM month_of_year m
LEFT JOIN case_record c ON c.stat_year = :year AND c.category = 'WAGE_RESOLVED'
    AND EXTRACT(MONTH FROM c.opened_on) = m.month_no
GROUP BY m.member
UNION ALL
SELECT 'inspection.published_major_violations.by_month', 'month', m.member, COUNT(c.case_no)
FROM month_of_year m
LEFT JOIN case_record c ON c.stat_year = :year AND c.published_major_violation = TRUE
    AND EXTRACT(MONTH FROM c.opened_on) = m.month_no
GROUP BY m.member
UNION ALL
SELECT 'inspection.transferred_to_police.by_month', 'month', m.member, COUNT(c.case_no)
FROM month_of_year m
LEFT JOIN case_record c ON c.stat_year = :year AND c.transferred_to_police = TRUE
    AND EXTRACT(MONTH FROM c.opened_on) = m.month_no
GROUP BY m.member
