SELECT COUNT(*) FROM finding WHERE run_id = :run_id AND severity = 'error'
