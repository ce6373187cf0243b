DELETE FROM year_records WHERE stat_year = :year
