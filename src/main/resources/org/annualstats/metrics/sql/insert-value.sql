INSERT INTO metric_value (run_id, stat_year, metric_id, dimension, member, num_value)
VALUES (:run_id, :year, :metric_id, :dimension, :member, :num_value)
