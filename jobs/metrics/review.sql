-- 行政复议: applications, acceptance, closure by the cut-off date and within the statutory period.
-- Statutory period (行政复议法 2023, Art. 62, 88): 60 calendar days after acceptance, 90 if extended,
-- 30 under the simple procedure; the day of acceptance is not counted; a period whose last day is
-- not a working day ends on the next working day.
SELECT CAST('review.received' AS VARCHAR(100)) AS metric_id, CAST('' AS VARCHAR(40)) AS dimension,
       CAST('' AS VARCHAR(200)) AS member, CAST(COUNT(*) AS DECIMAL(24,6)) AS num_value
FROM review_record WHERE stat_year = :year
UNION ALL
SELECT 'review.not_accepted', '', '', COUNT(*)
FROM review_record WHERE stat_year = :year AND acceptance = 'NOT_ACCEPTED'
UNION ALL
SELECT 'review.accepted', '', '', COUNT(*)
FROM review_record WHERE stat_year = :year AND acceptance = 'ACCEPTED'
UNION ALL
SELECT 'review.pending', '', '', COUNT(*)
FROM review_record WHERE stat_year = :year AND acceptance = 'ACCEPTED' AND (closed_on IS NULL OR closed_on > :as_of)
UNION ALL
SELECT 'review.closed', '', '', COUNT(*)
FROM review_record WHERE stat_year = :year AND acceptance = 'ACCEPTED' AND closed_on <= :as_of
UNION ALL
SELECT 'review.closed_on_time', '', '', COUNT(*)
FROM review_record r
JOIN calendar_day a ON a.day_date = r.accepted_on
WHERE r.stat_year = :year AND r.acceptance = 'ACCEPTED' AND r.closed_on <= :as_of
  AND r.closed_on <= (SELECT MIN(d.day_date) FROM calendar_day d
                      WHERE d.workday = TRUE
                        AND d.day_seq >= a.day_seq + CASE WHEN r.procedure = 'SIMPLE' THEN 30
                                                          WHEN r.extended = TRUE THEN 90 ELSE 60 END)
UNION ALL
SELECT 'review.by_decision', 'decision', COALESCE(decision, 'UNSPECIFIED'), COUNT(*)
FROM review_record
WHERE stat_year = :year AND acceptance = 'ACCEPTED' AND closed_on <= :as_of
GROUP BY COALESCE(decision, 'UNSPECIFIED')
UNION ALL
SELECT 'review.received.by_month', 'month', m.member, COUNT(r.review_no)
FROM month_of_year m
LEFT JOIN review_record r ON r.stat_year = :year AND EXTRACT(MONTH FROM r.received_on) = m.month_no
GROUP BY m.member
UNION ALL
SELECT 'review.not_accepted.by_month', 'month', m.member, COUNT(r.review_no)
FROM month_of_year m
LEFT JOIN review_record r ON r.stat_year = :year AND r.acceptance = 'NOT_ACCEPTED'
    AND EXTRACT(MONTH FROM r.received_on) = m.month_no
GROUP BY m.member
UNION ALL
SELECT 'review.accepted.by_month', 'month', m.member, COUNT(r.review_no)
FROM month_of_year m
LEFT JOIN review_record r ON r.stat_year = :year AND r.acceptance = 'ACCEPTED'
    AND EXTRACT(MONTH FROM r.received_on) = m.month_no
GROUP BY m.member
UNION ALL
-- months of the year only: an end after 31 December (a later as_of) counts in the total, in no month
SELECT 'review.closed.by_month', 'month', m.member, COUNT(r.review_no)
FROM month_of_year m
LEFT JOIN review_record r ON r.stat_year = :year AND r.acceptance = 'ACCEPTED' AND r.closed_on <= :as_of
    AND EXTRACT(YEAR FROM r.closed_on) = :year AND EXTRACT(MONTH FROM r.closed_on) = m.month_no
GROUP BY m.member
