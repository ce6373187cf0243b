-- 行政复议: each application of the year with the last day of its statutory period
-- (行政复议法 2023, Art. 62, 88): 60 calendar days after acceptance, 90 if extended, 30 under the
-- simple procedure; the day of acceptance is not counted; a period whose last day is not a working
-- day ends on the next working day. Empty when the application was not accepted. The first working
-- day in day order, not MIN(day_date): the index on day_seq then stops at the first match.
SELECT r.*,
       (SELECT d.day_date FROM calendar_day d
        WHERE d.workday = TRUE
          AND d.day_seq >= a.day_seq + CASE WHEN r.procedure = 'SIMPLE' THEN 30
                                            WHEN r.extended = TRUE THEN 90 ELSE 60 END
        ORDER BY d.day_seq FETCH FIRST 1 ROW ONLY) AS statutory_deadline
FROM review_record r
LEFT JOIN calendar_day a ON a.day_date = r.accepted_on
WHERE r.stat_year = :year
