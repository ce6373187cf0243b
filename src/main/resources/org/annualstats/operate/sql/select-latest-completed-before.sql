SELECT stat_year, run_id
FROM stats_run
WHERE status = :status AND stat_year < :year
ORDER BY stat_year, ended_at DESC, run_id DESC
