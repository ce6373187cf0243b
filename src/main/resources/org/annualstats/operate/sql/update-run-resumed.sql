UPDATE stats_run SET status = :status, ended_at = NULL, message = NULL WHERE run_id = :run_id
