SELECT as_of, locale FROM stats_run WHERE run_id = :run_id
