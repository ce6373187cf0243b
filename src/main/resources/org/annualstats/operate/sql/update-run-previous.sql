UPDATE stats_run SET previous_run_id = :previous_run_id WHERE run_id = :run_id
