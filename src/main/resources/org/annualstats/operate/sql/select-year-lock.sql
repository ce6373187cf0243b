SELECT run_id, owner, acquired_at, heartbeat_at FROM year_lock WHERE stat_year = :year
