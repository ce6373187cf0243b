SELECT run_id FROM stats_run WHERE stat_year = :year AND status = :running ORDER BY run_id
