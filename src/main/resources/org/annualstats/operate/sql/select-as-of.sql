SELECT as_of FROM stats_run WHERE run_id = :run_id AND stat_year = :year
