UPDATE stats_run SET calendar_sha256 = :calendar_sha256 WHERE run_id = :run_id
