-- 行政应诉: administrative litigation cases, closed by the statistical cut-off date or pending.
SELECT CAST('litigation.cases' AS VARCHAR(100)) AS metric_id, CAST('' AS VARCHAR(40)) AS dimension,
       CAST('' AS VARCHAR(200)) AS member, CAST(COUNT(*) AS DECIMAL(24,6)) AS num_value
FROM case_record WHERE stat_year = :year AND category = 'LITIGATION'
UNION ALL
SELECT 'litigation.closed', '', '', COUNT(*)
FROM case_record WHERE stat_year = :year AND category = 'LITIGATION' AND closed_on <= :as_of
UNION ALL
SELECT 'litigation.pending', '', '', COUNT(*)
FROM case_record WHERE stat_year = :year AND category = 'LITIGATION' AND (closed_on IS NULL OR closed_on > :as_of)
UNION ALL
SELECT 'litigation.counsel_represented', '', '', COUNT(*)
FROM case_record WHERE stat_year = :year AND category = 'LITIGATION' AND counsel_represented = TRUE
UNION ALL
SELECT 'litigation.official_appeared', '', '', COUNT(*)
FROM case_record WHERE stat_year = :year AND category = 'LITIGATION' AND official_appeared = TRUE
UNION ALL
SELECT 'litigation.cases.by_month', 'month', m.member, COUNT(c.case_no)
FROM month_of_year m
LEFT JOIN case_record c ON c.stat_year = :year AND c.category = 'LITIGATION'
    AND EXTRACT(MONTH FROM c.opened_on) = m.month_no
GROUP BY m.member
UNION ALL
-- months of the year only: an end after 31 December (a later as_of) counts in the total, in no month
SELECT 'litigation.closed.by_month', 'month', m.member, COUNT(c.case_no)
FROM month_of_year m
LEFT JOIN case_record c ON c.stat_year = :year AND c.category = 'LITIGATION' AND c.closed_on <= :as_of
    AND EXTRACT(YEAR FROM c.closed_on) = :year AND EXTRACT(MONTH FROM c.closed_on) = m.month_no
GROUP BY m.member
