DELETE FROM metric_value WHERE run_id = :run_id
