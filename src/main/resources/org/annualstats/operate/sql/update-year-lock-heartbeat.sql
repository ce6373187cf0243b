UPDATE year_lock SET heartbeat_at = :now WHERE stat_year = :year AND owner = :owner
