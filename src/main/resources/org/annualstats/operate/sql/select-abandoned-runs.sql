-- Runs of the year that started before this one and are not running: none of them can be resumed
-- any more (a resume takes the year's newest unfinished run), so what they left is of no use.
SELECT run_id, output_root
FROM stats_run
WHERE stat_year = :year
  AND run_id <> :run_id
  AND status NOT IN ('RUNNING', 'PUBLISHED')
  AND started_at <= (SELECT started_at FROM stats_run WHERE run_id = :run_id)
ORDER BY run_id
