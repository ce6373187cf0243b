-- 行政审批与政务服务: each application of the year with the time it took to complete: the working
-- days d with applied_on < d <= completed_on, read off the calendar's running count of working
-- days; calendar days when the 承诺时限 header said (天) or (自然日). Empty until completed.
SELECT p.*,
       CASE WHEN p.promised_calendar_days = TRUE THEN c.day_seq - a.day_seq
            ELSE c.workday_seq - a.workday_seq END AS days_taken
FROM permit_record p
LEFT JOIN calendar_day a ON a.day_date = p.applied_on
LEFT JOIN calendar_day c ON c.day_date = p.completed_on
WHERE p.stat_year = :year
