-- 行政审批与政务服务: applications, completion, online share, completion within the promised time.
-- Working days elapsed = working days d with applied_on < d <= completed_on, read off the calendar's
-- running count of working days; calendar days when the 承诺时限 header said (天) or (自然日).
SELECT CAST('permit.applications' AS VARCHAR(100)) AS metric_id, CAST('' AS VARCHAR(40)) AS dimension,
       CAST('' AS VARCHAR(200)) AS member, CAST(COUNT(*) AS DECIMAL(24,6)) AS num_value
FROM permit_record WHERE stat_year = :year
UNION ALL
SELECT 'permit.completed', '', '', COUNT(*)
FROM permit_record WHERE stat_year = :year AND completed_on <= :as_of
UNION ALL
SELECT 'permit.online', '', '', COUNT(*)
FROM permit_record WHERE stat_year = :year AND channel = 'ONLINE'
UNION ALL
SELECT 'permit.completed_with_promise', '', '', COUNT(*)
FROM permit_record WHERE stat_year = :year AND completed_on <= :as_of AND promised_days IS NOT NULL
UNION ALL
SELECT 'permit.completed_on_time', '', '', COUNT(*)
FROM permit_record p
JOIN calendar_day a ON a.day_date = p.applied_on
JOIN calendar_day c ON c.day_date = p.completed_on
WHERE p.stat_year = :year AND p.completed_on <= :as_of AND p.promised_days IS NOT NULL
  AND (CASE WHEN p.promised_calendar_days = TRUE THEN c.day_seq - a.day_seq
            ELSE c.workday_seq - a.workday_seq END) <= p.promised_days
UNION ALL
SELECT 'permit.by_item', 'item', item_code, COUNT(*)
FROM permit_record WHERE stat_year = :year
GROUP BY item_code
UNION ALL
SELECT 'permit.applications.by_month', 'month', m.member, COUNT(p.application_no)
FROM month_of_year m
LEFT JOIN permit_record p ON p.stat_year = :year AND EXTRACT(MONTH FROM p.applied_on) = m.month_no
GROUP BY m.member
UNION ALL
SELECT 'permit.online.by_month', 'month', m.member, COUNT(p.application_no)
FROM month_of_year m
LEFT JOIN permit_record p ON p.stat_year = :year AND p.channel = 'ONLINE'
    AND EXTRACT(MONTH FROM p.applied_on) = m.month_no
GROUP BY m.member
UNION ALL
-- months of the year only: an end after 31 December (a later as_of) counts in the total, in no month
SELECT 'permit.completed.by_month', 'month', m.member, COUNT(p.application_no)
FROM month_of_year m
LEFT JOIN permit_record p ON p.stat_year = :year AND p.completed_on <= :as_of
    AND EXTRACT(YEAR FROM p.completed_on) = :year AND EXTRACT(MONTH FROM p.completed_on) = m.month_no
GROUP BY m.member
