UPDATE year_lock SET heartbeat_at = CURRENT_TIMESTAMP WHERE stat_year = :year AND owner = :owner
