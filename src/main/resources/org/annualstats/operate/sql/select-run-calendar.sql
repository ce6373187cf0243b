SELECT calendar_sha256 FROM stats_run WHERE run_id = :run_id
