SELECT started_at FROM stats_run WHERE run_id = :run_id
