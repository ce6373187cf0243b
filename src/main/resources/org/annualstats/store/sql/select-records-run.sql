SELECT run_id FROM year_records WHERE stat_year = :year
