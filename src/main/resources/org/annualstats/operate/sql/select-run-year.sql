SELECT stat_year FROM stats_run WHERE run_id = :run_id
