SELECT run_id, owner, acquired_at, heartbeat_at, CURRENT_TIMESTAMP AS store_now FROM year_lock WHERE stat_year = :year
