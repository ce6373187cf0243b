SELECT metric_id, dimension, member, num_value
FROM metric_value
WHERE run_id = :run_id
