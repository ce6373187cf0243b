SELECT run_id FROM stats_run
WHERE stat_year = :year AND status = :status
ORDER BY ended_at DESC, run_id DESC
