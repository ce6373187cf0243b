SELECT previous_run_id FROM stats_run WHERE run_id = :run_id
