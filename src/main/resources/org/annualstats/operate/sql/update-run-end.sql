UPDATE stats_run SET status = :status, ended_at = :ended_at, message = :message WHERE run_id = :run_id
