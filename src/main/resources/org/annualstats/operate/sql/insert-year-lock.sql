INSERT INTO year_lock (stat_year, run_id, owner, acquired_at, heartbeat_at)
VALUES (:year, :run_id, :owner, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
